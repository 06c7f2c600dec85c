package vn.ldtbxh.thidua.production;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.json;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.WebappSession;
import vn.ldtbxh.thidua.deadline.VietnamTime;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;
import vn.ldtbxh.thidua.web.ErrorAnswer;

/**
 * Two users completing the same task at the same moment, on PostgreSQL: one succeeds, the other is
 * told in Vietnamese that someone else has just done it (409), and the report is recorded once.
 * Whichever way the second completion loses the race (an optimistic locking failure, the task
 * already gone, or its grants already removed), the answer is the same 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@OwnApplication
class ConcurrentCompletionIT {

  /**
   * Each repetition opens its own round: a year used once is never drawn again in this database.
   */
  static final AtomicInteger NEXT_YEAR =
      new AtomicInteger(Year.now(VietnamTime.VN_ZONE).getValue() + 3);

  static final Map<String, Object> REPORT =
      Map.of(
          "variables",
          Map.of(
              "householdsTotal",
              value(9000),
              "poorStart",
              value(300),
              "poorEnd",
              value(250),
              "nearPoorStart",
              value(200),
              "nearPoorEnd",
              value(190),
              "leftPoverty",
              value(60),
              "newlyPoor",
              value(5),
              "relapsed",
              value(5),
              "summary",
              value("Hoàn thành")));

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "thidua_concurrent");
  }

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @RepeatedTest(3)
  void oneCompletionWinsAndTheOtherGetsAClearConflict() throws Exception {
    Task task = openRound();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<ResponseEntity<Map>>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return http.withBasicAuth("phuoclong", "demo")
                    .exchange(
                        "/engine-rest/task/" + task.getId() + "/complete",
                        HttpMethod.POST,
                        json(REPORT),
                        Map.class);
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    String message = null;
    for (Future<ResponseEntity<Map>> result : results) {
      ResponseEntity<Map> response = result.get();
      statuses.add(response.getStatusCode().value());
      if (response.getStatusCode().value() != 204) {
        message = (String) response.getBody().get("message");
      }
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    assertThat(message).isIn(ErrorAnswer.CONCURRENT_CHANGE, ErrorAnswer.ALREADY_COMPLETED);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count())
        .isEqualTo(1);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey("reviewReport")
                .count())
        .isEqualTo(1);
  }

  /**
   * The second completion as it arrives once the first has committed, on every path that completes
   * a task: the task is gone, and so are its grants, but the user is told it was completed, not
   * refused or lost.
   */
  @Test
  void aTaskAlreadyCompletedIsAConflictOnEveryPathThatCompletesIt() throws Exception {
    Task task = openRound();
    String path = "/task/" + task.getId();
    assertThat(
            http.withBasicAuth("phuoclong", "demo")
                .exchange(
                    "/engine-rest" + path + "/complete", HttpMethod.POST, json(REPORT), Map.class)
                .getStatusCode()
                .value())
        .isEqualTo(204);

    for (String user :
        List.of("phuoclong", "budop")) { // budop could never see the task: told no more than this
      for (String completion :
          List.of(
              "/engine-rest" + path + "/complete",
              "/engine-rest" + path + "/submit-form",
              "/engine-rest" + path + "/resolve",
              "/engine-rest/engine/default" + path + "/complete")) {
        ResponseEntity<Map> again =
            http.withBasicAuth(user, "demo")
                .exchange(completion, HttpMethod.POST, json(REPORT), Map.class);
        assertThat(again.getStatusCode().value()).as(user + " " + completion).isEqualTo(409);
        assertThat(again.getBody())
            .as(user + " " + completion)
            .isEqualTo(Map.of("type", "Conflict", "message", ErrorAnswer.ALREADY_COMPLETED));
      }
    }

    // Tasklist submits its forms through the webapps' own API
    HttpResponse<String> submitted =
        WebappSession.signIn(port, "phuoclong")
            .postJson(
                "/camunda/api/engine/engine/default" + path + "/submit-form",
                "{\"variables\": {}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(409);
    assertThat(submitted.body()).contains(ErrorAnswer.ALREADY_COMPLETED);

    // a task that never existed is not said to be completed
    ResponseEntity<Map> unknown =
        http.withBasicAuth("phuoclong", "demo")
            .exchange(
                "/engine-rest/task/khong-co/complete", HttpMethod.POST, json(REPORT), Map.class);
    assertThat(unknown.getStatusCode().value()).isNotEqualTo(409);
    assertThat(String.valueOf(unknown.getBody())).doesNotContain(ErrorAnswer.ALREADY_COMPLETED);
  }

  /** A round of its own year for one unit, phuoclong, and that unit's report task. */
  private Task openRound() {
    int year = NEXT_YEAR.getAndIncrement();
    movements.save(
        new Movement("kiem-thu-" + year, "Kiểm thử đồng thời", year, year, "social-protection"));
    runtime.startProcessInstanceByKey(
        "emulation-round",
        Map.of("movement", "kiem-thu-" + year, "year", year, "unitCodes", "phuoclong"));
    runJobs(management);
    return tasks.createTaskQuery().processInstanceBusinessKey(year + "-phuoclong").singleResult();
  }
}
