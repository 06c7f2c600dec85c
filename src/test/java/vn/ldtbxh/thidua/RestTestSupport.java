package vn.ldtbxh.thidua;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ldtbxh.thidua.round.Movement;
import vn.ldtbxh.thidua.round.MovementRepository;

/** Small helpers of the HTTP tests: JSON bodies, typed REST values, and the engine's due jobs. */
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
}
