package vn.ldtbxh.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;

/** Small helpers of the HTTP tests: JSON bodies, typed REST values, and the engine's due jobs. */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class RestTestSupport {

  private RestTestSupport() {}

  public static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** A variable as the engine's REST API takes it: {@code {"value": …}}. */
  public static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /**
   * Opens a round of a test movement covering {@code year} for the given units, and runs its
   * announcement, so that each unit's {@code prepareReport} task is waiting.
   */
  public static void openRound(
      MovementRepository movements,
      RuntimeService runtime,
      ManagementService management,
      String movementCode,
      int year,
      String unitCodes) {
    movements.save(
        new Movement(
            movementCode, "Phong trào kiểm thử " + movementCode, year, year, "social-protection"));
    runtime.startProcessInstanceByKey(
        "emulation-round", Map.of("movement", movementCode, "year", year, "unitCodes", unitCodes));
    runJobs(management);
  }

  /**
   * Runs every job due now (the job executor is off in tests), one at a time, until none is left.
   */
  public static void runJobs(ManagementService management) {
    for (int count = 0; count < 1000; count++) {
      Job job =
          management.createJobQuery().executable().listPage(0, 1).stream().findFirst().orElse(null);
      if (job == null) {
        return;
      }
      management.executeJob(job.getId());
    }
  }

  /**
   * A multipart body with one file in the field {@code file}, as the attachment upload takes it.
   */
  public static HttpEntity<MultiValueMap<String, Object>> multipart(
      String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  /**
   * Starts, over the engine's REST API as the unit's user, the nomination of one of its officers
   * for {@code awardForm} in {@code roundKey}, and runs its jobs; returns its business key.
   */
  public static String nominate(
      TestRestTemplate http,
      ManagementService management,
      String unit,
      String roundKey,
      String awardForm,
      String nominee) {
    Map<String, Object> variables =
        Map.of(
            "roundKey", value(roundKey),
            "nomineeKind", value("INDIVIDUAL"),
            "nomineeName", value(nominee),
            "nomineePosition", value("Chuyên viên"),
            "awardForm", value(awardForm),
            "achievements", value("Hoàn thành xuất sắc nhiệm vụ."),
            "unitMinutesNumber", value("03/BB"),
            "underDisciplinaryReview", Map.of("value", false, "type", "Boolean"));
    ResponseEntity<Map> started =
        http.withBasicAuth(unit, "demo")
            .exchange(
                "/engine-rest/process-definition/key/award-nomination/start",
                HttpMethod.POST,
                json(Map.of("variables", variables)),
                Map.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    runJobs(management);
    return (String) started.getBody().get("businessKey");
  }

  /**
   * Completes, over the engine's REST API as {@code user}, the open task of the process instance
   * with {@code businessKey}, expects 204, and runs the jobs; returns the task's key.
   */
  public static String completeOverRest(
      TestRestTemplate http,
      TaskService tasks,
      ManagementService management,
      String user,
      String businessKey,
      Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    ResponseEntity<Map> done =
        http.withBasicAuth(user, "demo")
            .exchange(
                "/engine-rest/task/" + task.getId() + "/complete",
                HttpMethod.POST,
                json(Map.of("variables", variables)),
                Map.class);
    assertThat(done.getStatusCode())
        .as(task.getTaskDefinitionKey() + " " + done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(management);
    return task.getTaskDefinitionKey();
  }

  /**
   * A district's report figures (25,000 households, 900 then 880 near-poor, 200 out of poverty, 40
   * newly poor, 10 relapsed) with the poor households at the start and the end of the year, as a
   * map the caller may add to.
   */
  public static Map<String, Object> districtFigures(int poorStart, int poorEnd, String summary) {
    return new java.util.HashMap<>(
        Map.of(
            "householdsTotal", 25000,
            "poorStart", poorStart,
            "poorEnd", poorEnd,
            "nearPoorStart", 900,
            "nearPoorEnd", 880,
            "leftPoverty", 200,
            "newlyPoor", 40,
            "relapsed", 10,
            "summary", summary));
  }
}
