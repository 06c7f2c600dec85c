package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.json;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * The engine's REST API over HTTP on a random port: authentication, the authorizations of each
 * role, and the application's refusals answered with their status and Vietnamese message.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestSecurityIT {

  static final int YEAR = TestYears.of(EngineRestSecurityIT.class);

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @BeforeAll
  void openRound() {
    movements.save(
        new Movement("kiem-thu", "Phong trào kiểm thử", YEAR - 1, YEAR + 1, "social-protection"));
    ResponseEntity<Map> started =
        post(
            "thamdinh",
            "/process-definition/key/emulation-round/start",
            Map.of(
                "variables",
                Map.of(
                    "movement",
                    value("kiem-thu"),
                    "year",
                    value(YEAR),
                    "unitCodes",
                    value("dongxoai,budang"))));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).containsEntry("businessKey", "round-" + YEAR);
    runJobs(management);
  }

  @Test
  void anonymousAndWrongPasswordsGet401() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("hoidong", "sai-mat-khau")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("khongco", "demo")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aUnitSeesOnlyItsOwnTasksAndVariables() {
    Task budang = unitTask("budang");
    // this round's tasks: Đồng Xoài's only, although Bù Đăng's is open too
    ResponseEntity<List> list =
        http.withBasicAuth("dongxoai", "demo")
            .getForEntity(
                "/engine-rest/task?processInstanceBusinessKeyLike={key}", List.class, YEAR + "-%");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).hasSize(1);
    // and every task it sees, in any round, is one of Đồng Xoài's
    List<Map<String, Object>> all =
        http.withBasicAuth("dongxoai", "demo").getForObject("/engine-rest/task", List.class);
    assertThat(all)
        .isNotEmpty()
        .allSatisfy(
            task ->
                assertThat(tasks.getIdentityLinksForTask((String) task.get("id")))
                    .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("unit-dongxoai")));
    assertThat((Map<String, Object>) list.getBody().get(0))
        .containsEntry("taskDefinitionKey", "prepareReport")
        .containsEntry("id", unitTask("dongxoai").getId());
    assertThat(
            http.withBasicAuth("dongxoai", "demo")
                .getForEntity("/engine-rest/task/" + budang.getId(), String.class)
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(
            http.withBasicAuth("dongxoai", "demo")
                .getForEntity("/engine-rest/task/" + budang.getId() + "/variables", String.class)
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(
            http.withBasicAuth("dongxoai", "demo")
                .getForEntity(
                    "/engine-rest/process-instance/" + budang.getProcessInstanceId() + "/variables",
                    String.class)
                .getStatusCode()
                .value())
        .isIn(403, 404);
    // TASK_WORK, not UPDATE: a unit cannot move its own due date or candidates
    Task own = unitTask("dongxoai");
    ResponseEntity<String> update =
        put(
            "dongxoai",
            "/task/" + own.getId(),
            Map.of("name", own.getName(), "due", "2099-01-01T00:00:00.000+0700"));
    assertThat(update.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aUnitSeesTheFilterColumnsOfItsOwnTasks() {
    String filter = engineFilterId("Việc của đơn vị");
    ResponseEntity<List> list =
        http.withBasicAuth("dongxoai", "demo")
            .exchange(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                HttpMethod.POST,
                json(Map.of()),
                List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> variables =
        http.withBasicAuth("dongxoai", "demo")
            .getForEntity(
                "/engine-rest/task/" + unitTask("dongxoai").getId() + "/localVariables", Map.class);
    assertThat(variables.getBody()).containsKeys("unitName", "year");
    assertThat((Map<String, Object>) variables.getBody().get("unitName"))
        .containsEntry("value", "Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài");
  }

  private String engineFilterId(String name) {
    List<Map<String, Object>> filters =
        http.withBasicAuth("dongxoai", "demo").getForObject("/engine-rest/filter", List.class);
    return filters.stream()
        .filter(f -> name.equals(f.get("name")))
        .map(f -> (String) f.get("id"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void managersReadEverythingAndCompleteNothing() {
    ResponseEntity<List> instances =
        http.withBasicAuth("quanly", "demo")
            .getForEntity("/engine-rest/process-instance", List.class);
    assertThat(instances.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instances.getBody()).hasSizeGreaterThanOrEqualTo(3);
    Task budang = unitTask("budang");
    ResponseEntity<Map> complete =
        post("quanly", "/task/" + budang.getId() + "/complete", Map.of());
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitTask("budang")).isNotNull();
  }

  @Test
  void invalidReportsAreRefusedWith400AndTheTaskStaysOpen() {
    Task own = unitTask("dongxoai");
    ResponseEntity<Map> refused =
        post(
            "dongxoai",
            "/task/" + own.getId() + "/complete",
            Map.of(
                "variables",
                Map.of(
                    "householdsTotal",
                    value(1000),
                    "poorStart",
                    value(100),
                    "poorEnd",
                    value(90),
                    "nearPoorStart",
                    value(50),
                    "nearPoorEnd",
                    value(40),
                    "leftPoverty",
                    value(150),
                    "newlyPoor",
                    value(1),
                    "relapsed",
                    value(-2),
                    "summary",
                    value("Báo cáo"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .isEqualTo("Số hộ tái nghèo không được là số âm (đã nhập -2).");
    assertThat(unitTask("dongxoai").getId()).isEqualTo(own.getId());
    assertThat(runtime.getVariable(own.getProcessInstanceId(), "householdsTotal")).isNull();
  }

  @Test
  void badRoundStartsAreRefusedAndNothingIsCreated() {
    long before = runtime.createProcessInstanceQuery().count();
    assertRefused(
        400, "nằm ngoài thời gian", Map.of("movement", value("kiem-thu"), "year", value(YEAR + 5)));
    assertRefused(
        400, "Không có phong trào", Map.of("movement", value("khong-co"), "year", value(YEAR)));
    assertRefused(
        400,
        "Không có đơn vị mã \"xyz\"",
        Map.of(
            "movement",
            value("kiem-thu"),
            "year",
            value(YEAR - 1),
            "deadline",
            value((YEAR + 1) + "-01-15"),
            "unitCodes",
            value("dongxoai,xyz")));
    assertRefused(
        400,
        "đã qua",
        Map.of(
            "movement",
            value("kiem-thu"),
            "year",
            value(YEAR - 1),
            "deadline",
            value("2020-12-15")));
    assertRefused(409, "round-" + YEAR, Map.of("movement", value("kiem-thu"), "year", value(YEAR)));
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void unitsCannotStartARound() {
    ResponseEntity<Map> refused =
        post(
            "dongxoai",
            "/process-definition/key/emulation-round/start",
            Map.of("variables", Map.of("movement", value("kiem-thu"), "year", value(YEAR - 1))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void assertRefused(int status, String message, Map<String, Object> variables) {
    ResponseEntity<Map> refused =
        post(
            "vanphong",
            "/process-definition/key/emulation-round/start",
            Map.of("variables", variables));
    assertThat(refused.getStatusCode().value()).isEqualTo(status);
    assertThat((String) refused.getBody().get("message")).contains(message);
  }

  private Task unitTask(String unitCode) {
    return tasks.createTaskQuery().processInstanceBusinessKey(YEAR + "-" + unitCode).singleResult();
  }

  private ResponseEntity<Map> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo")
        .exchange("/engine-rest" + path, HttpMethod.POST, json(body), Map.class);
  }

  private ResponseEntity<String> put(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo")
        .exchange("/engine-rest" + path, HttpMethod.PUT, json(body), String.class);
  }
}
