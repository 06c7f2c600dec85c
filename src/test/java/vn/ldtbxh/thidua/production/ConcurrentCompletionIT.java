package vn.ldtbxh.thidua.production;

import static vn.ldtbxh.thidua.RestTestSupport.json;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;
import vn.ldtbxh.thidua.round.Movement;
import vn.ldtbxh.thidua.round.MovementRepository;

/**
 * Two users completing the same task at the same moment, on PostgreSQL: one succeeds, the other is told in Vietnamese
 * that someone else has just done it (409), and the report is recorded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ConcurrentCompletionIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "thidua_concurrent");
  }

  @Autowired
  TestRestTemplate http;
  @Autowired
  MovementRepository movements;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;

  @RepeatedTest(3)
  void oneCompletionWinsAndTheOtherGetsAClearConflict() throws Exception {
    int year = LocalDate.now().getYear() + 3 + (int) (System.nanoTime() % 90);
    movements.save(new Movement("kiem-thu-" + year, "Kiểm thử đồng thời", year, year, "social-protection"));
    runtime.startProcessInstanceByKey("emulation-round",
        Map.of("movement", "kiem-thu-" + year, "year", year, "unitCodes", "phuoclong"));
    runJobs(management);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(year + "-phuoclong").singleResult();
    Map<String, Object> body = Map.of("variables", Map.of("householdsTotal", value(9000), "poorStart", value(300),
        "poorEnd", value(250), "nearPoorStart", value(200), "nearPoorEnd", value(190), "leftPoverty", value(60), "newlyPoor", value(5),
        "relapsed", value(5), "summary", value("Hoàn thành")));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<ResponseEntity<Map>>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return http.withBasicAuth("phuoclong", "demo").exchange("/engine-rest/task/" + task.getId() + "/complete",
            HttpMethod.POST, json(body), Map.class);
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
    assertThat(message).contains("vừa được người khác xử lý");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(year + "-phuoclong").taskDefinitionKey("reviewReport")
        .count()).isEqualTo(1);
  }

}
