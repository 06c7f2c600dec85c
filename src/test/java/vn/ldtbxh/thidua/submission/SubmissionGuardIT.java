package vn.ldtbxh.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.net.http.HttpResponse;
import java.util.HashMap;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.WebappSession;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * Nothing a user sends with a completion or a start changes whose file it is, where it goes or who
 * decides: each refusal answers with its status and a Vietnamese message naming the variable, and
 * leaves the task open and the data as it was.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionGuardIT {

  static final int YEAR = TestYears.of(SubmissionGuardIT.class);
  static final String ROUND = "round-" + YEAR;

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeAll
  void openRound() {
    RestTestSupport.openRound(
        movements, runtime, management, "kiem-thu-bao-ve", YEAR, "phuoclong,binhlong,honquan");
  }

  @Test
  void aUnitCannotWriteAnotherUnitsReportNorAReviewerEscapeTheOwnUnitRule() throws Exception {
    complete("binhlong", YEAR + "-binhlong", "prepareReport", district(900));
    ResponseEntity<Map> escape =
        post(
            "thamdinh",
            "/engine-rest/task/" + task(YEAR + "-binhlong").getId() + "/complete",
            variables(Map.of("reviewOutcome", value("APPROVED"), "unitCode", value("btxh"))));
    assertRefused(escape, HttpStatus.BAD_REQUEST, "\"unitCode\"");
    complete(
        "thamdinh", YEAR + "-binhlong", "reviewReport", Map.of("reviewOutcome", value("APPROVED")));
    Map<String, Object> accepted = report("binhlong");
    assertThat(accepted.get("STATUS")).isEqualTo("ACCEPTED");

    Task own = task(YEAR + "-phuoclong");
    Map<String, Object> figures = new HashMap<>(district(100));
    figures.put("unitCode", value("binhlong"));
    assertRefused(
        post("phuoclong", "/engine-rest/task/" + own.getId() + "/complete", variables(figures)),
        HttpStatus.BAD_REQUEST,
        "\"unitCode\"");
    figures.remove("unitCode");
    figures.put("roundKey", value("round-" + (YEAR - 1)));
    assertRefused(
        post(
            "phuoclong",
            "/engine-rest/engine/default/task/" + own.getId() + "/submit-form",
            variables(figures)),
        HttpStatus.BAD_REQUEST,
        "\"roundKey\"");
    assertThat(task(YEAR + "-phuoclong").getId()).isEqualTo(own.getId());
    assertThat(report("binhlong")).isEqualTo(accepted);
    assertThat(report("phuoclong").get("STATUS")).isEqualTo("PREPARING");

    assertRefused(
        post(
            "binhlong", "/engine-rest/task/" + own.getId() + "/complete", variables(district(100))),
        HttpStatus.FORBIDDEN,
        "cán bộ của đơn vị lập hồ sơ");
    assertRefused(
        post(
            "phuoclong",
            "/engine-rest/task/" + own.getId() + "/bpmnError",
            Map.of("errorCode", "KHONG_NOP")),
        HttpStatus.BAD_REQUEST,
        "bpmnError");
    assertRefused(
        post(
            "phuoclong",
            "/engine-rest/task/" + own.getId() + "/bpmnEscalation",
            Map.of("escalationCode", "GIA_HAN")),
        HttpStatus.BAD_REQUEST,
        "bpmnEscalation");
    figures.remove("roundKey");
    figures.put("unitCode", value("binhlong"));
    assertRefused(
        post("phuoclong", "/engine-rest/task/" + own.getId() + "/resolve", variables(figures)),
        HttpStatus.BAD_REQUEST,
        "\"unitCode\"");
    HttpResponse<String> tasklist =
        WebappSession.signIn(port, "phuoclong")
            .postJson(
                "/camunda/api/engine/engine/default/task/" + own.getId() + "/submit-form",
                "{\"variables\": {\"summary\": {\"value\": \"Báo cáo\"}, \"unitCode\": {\"value\": \"binhlong\"}}}");
    assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(400);
    assertThat(tasklist.body()).contains("unitCode");
    assertThat(task(YEAR + "-phuoclong").getId()).isEqualTo(own.getId());
    assertThat(report("binhlong")).isEqualTo(accepted);
    complete("phuoclong", YEAR + "-phuoclong", "prepareReport", district(100));
    assertThat(report("phuoclong").get("STATUS")).isEqualTo("SUBMITTED");
  }

  @Test
  void aNominationsAuthorityAndAwardFormCannotBeSentAndOnlyTheRolesAct() {
    long before =
        runtime.createProcessInstanceQuery().processDefinitionKey("award-nomination").count();
    Map<String, Object> withAuthority = new HashMap<>(nomination());
    withAuthority.put("authority", value("DIRECTOR"));
    assertRefused(
        post(
            "honquan",
            "/engine-rest/process-definition/key/award-nomination/start",
            variables(withAuthority)),
        HttpStatus.BAD_REQUEST,
        "\"authority\"");
    assertRefused(
        post(
            "honquan",
            "/engine-rest/process-definition/key/award-nomination/start",
            Map.of(
                "variables",
                nomination(),
                "startInstructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "signDecision")))),
        HttpStatus.FORBIDDEN,
        "startInstructions");
    assertRefused(
        post(
            "hoidong",
            "/engine-rest/process-definition/key/award-nomination/start",
            variables(nomination())),
        HttpStatus.FORBIDDEN,
        "quy trình");
    assertThat(
            runtime.createProcessInstanceQuery().processDefinitionKey("award-nomination").count())
        .isEqualTo(before);

    ResponseEntity<Map> started =
        post(
            "honquan",
            "/engine-rest/process-definition/key/award-nomination/start",
            variables(nomination()));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String key = (String) started.getBody().get("businessKey");
    complete(
        "thamdinh",
        key,
        "verifyAchievements",
        Map.of("verifyOutcome", value("RETURNED"), "verifyComment", value("Bổ sung số liệu.")));
    Task revise = task(key);
    assertRefused(
        post(
            "honquan",
            "/engine-rest/task/" + revise.getId() + "/complete",
            variables(
                Map.of(
                    "achievements",
                    value("Thành tích đã bổ sung."),
                    "authority",
                    value("DIRECTOR")))),
        HttpStatus.BAD_REQUEST,
        "\"authority\"");
    assertRefused(
        post(
            "honquan",
            "/engine-rest/task/" + revise.getId() + "/bpmnError",
            Map.of("errorCode", "RUT_HO_SO")),
        HttpStatus.BAD_REQUEST,
        "bpmnError");
    assertThat(task(key).getId()).isEqualTo(revise.getId());
    complete(
        "honquan",
        key,
        "reviseAchievements",
        Map.of("achievements", value("Thành tích đã bổ sung.")));
    complete("thamdinh", key, "verifyAchievements", Map.of("verifyOutcome", value("APPROVED")));
    complete(
        "vanphong",
        key,
        "checkDossier",
        Map.of("dossierOutcome", value("INCOMPLETE"), "dossierComment", value("Thiếu biên bản.")));
    Task completion = task(key);
    assertRefused(
        post(
            "honquan",
            "/engine-rest/task/" + completion.getId() + "/complete",
            variables(
                Map.of("completionNote", value("Đã bổ sung."), "authority", value("DIRECTOR")))),
        HttpStatus.BAD_REQUEST,
        "\"authority\"");
    complete(
        "honquan", key, "completeDossier", Map.of("completionNote", value("Đã bổ sung biên bản.")));
    complete("vanphong", key, "checkDossier", Map.of("dossierOutcome", value("COMPLETE")));

    Task vote = task(key);
    Map<String, Object> votes =
        Map.of(
            "membersTotal",
            value(15),
            "membersPresent",
            value(12),
            "votesFor",
            value(12),
            "minutesNumber",
            value("05/BB-HĐTĐKT"));
    assertRefused(
        post("admin", "/engine-rest/task/" + vote.getId() + "/complete", variables(votes)),
        HttpStatus.FORBIDDEN,
        "Hội đồng Thi đua");
    Map<String, Object> withAwardForm = new HashMap<>(votes);
    withAwardForm.put("awardForm", value("BANG_KHEN_UBND_TINH"));
    assertRefused(
        post(
            "hoidong", "/engine-rest/task/" + vote.getId() + "/complete", variables(withAwardForm)),
        HttpStatus.BAD_REQUEST,
        "\"awardForm\"");
    assertThat(
            jdbc.queryForObject(
                "select status from nomination where business_key = ?", String.class, key))
        .isEqualTo("COUNCIL");
    complete("hoidong", key, "councilVote", votes);

    Task sign = task(key);
    assertThat(sign.getTaskDefinitionKey()).isEqualTo("signDecision");
    assertRefused(
        post(
            "admin",
            "/engine-rest/task/" + sign.getId() + "/complete",
            variables(
                Map.of(
                    "decisionNumber",
                    value("12/QĐ-LĐTBXH"),
                    "decisionDate",
                    value(YEAR + "-01-12")))),
        HttpStatus.FORBIDDEN,
        "Ban Giám đốc");
    assertThat(task(key).getId()).isEqualTo(sign.getId());
    List<String> steps =
        jdbc.queryForList(
            "select task_key from task_submission where business_key = ? order by id",
            String.class,
            key);
    assertThat(steps)
        .containsExactly(
            "verifyAchievements",
            "reviseAchievements",
            "verifyAchievements",
            "checkDossier",
            "completeDossier",
            "checkDossier",
            "councilVote");
  }

  @Test
  void theAdministratorDoesNotApproveTheSummary() throws Exception {
    complete("honquan", YEAR + "-honquan", "prepareReport", district(300));
    complete(
        "thamdinh", YEAR + "-honquan", "reviewReport", Map.of("reviewOutcome", value("APPROVED")));
    endTheOtherReports();
    Task compile = tasks.createTaskQuery().processInstanceBusinessKey(ROUND).singleResult();
    assertThat(compile.getTaskDefinitionKey()).isEqualTo("compileResults");
    assertRefused(
        post("admin", "/engine-rest/task/" + compile.getId() + "/complete", variables(Map.of())),
        HttpStatus.FORBIDDEN,
        "Phòng Bảo trợ xã hội");
    complete("thamdinh", ROUND, "compileResults", Map.of());
    Task approve = tasks.createTaskQuery().processInstanceBusinessKey(ROUND).singleResult();
    assertRefused(
        post(
            "admin",
            "/engine-rest/task/" + approve.getId() + "/complete",
            variables(Map.of("summaryOutcome", value("APPROVED")))),
        HttpStatus.FORBIDDEN,
        "Ban Giám đốc");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ROUND).singleResult().getId())
        .isEqualTo(approve.getId());
  }

  /** The reports of phuoclong and binhlong end, whichever test ran first. */
  private void endTheOtherReports() {
    for (String unit : List.of("binhlong", "phuoclong")) {
      Task open = task(YEAR + "-" + unit);
      if (open != null && open.getTaskDefinitionKey().equals("prepareReport")) {
        complete(unit, YEAR + "-" + unit, "prepareReport", district(200));
      }
      if (task(YEAR + "-" + unit) != null) {
        complete(
            "thamdinh",
            YEAR + "-" + unit,
            "reviewReport",
            Map.of("reviewOutcome", value("APPROVED")));
      }
    }
  }

  private static void assertRefused(
      ResponseEntity<Map> answer, HttpStatus status, String mentions) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
    assertThat((String) answer.getBody().get("message")).contains(mentions);
  }

  private Map<String, Object> report(String unit) {
    return jdbc.queryForMap("select * from unit_report where business_key = ?", YEAR + "-" + unit);
  }

  private static Map<String, Object> district(int left) {
    Map<String, Object> figures = new HashMap<>();
    figures.put("householdsTotal", value(20000));
    figures.put("poorStart", value(1000));
    figures.put("poorEnd", value(1000 - left + 50));
    figures.put("nearPoorStart", value(800));
    figures.put("nearPoorEnd", value(760));
    figures.put("leftPoverty", value(left));
    figures.put("newlyPoor", value(30));
    figures.put("relapsed", value(20));
    figures.put("summary", value("Báo cáo kết quả năm."));
    return figures;
  }

  private static Map<String, Object> nomination() {
    return Map.of(
        "roundKey",
        value(ROUND),
        "nomineeKind",
        value("INDIVIDUAL"),
        "nomineeName",
        value("Lê Thị Thu"),
        "nomineePosition",
        value("Chuyên viên"),
        "awardForm",
        value("GIAY_KHEN_GIAM_DOC"),
        "achievements",
        value("Hoàn thành xuất sắc nhiệm vụ."),
        "unitMinutesNumber",
        value("04/BB"),
        "underDisciplinaryReview",
        Map.of("value", false, "type", "Boolean"));
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    return Map.of("variables", values);
  }

  private void complete(
      String user, String businessKey, String taskKey, Map<String, Object> values) {
    Task task = task(businessKey);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    ResponseEntity<Map> done =
        post(user, "/engine-rest/task/" + task.getId() + "/complete", variables(values));
    assertThat(done.getStatusCode())
        .as(taskKey + " " + done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(management);
  }

  private Task task(String businessKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private ResponseEntity<Map> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo")
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }
}
