package vn.ldtbxh.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * Nominations through REST: refused starts and votes answer 400/403 with a Vietnamese message and
 * change nothing; the decision document is readable by the unit concerned, the office, the
 * directors and the managers, and by nobody else.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NominationRestIT {

  static final int YEAR = TestYears.of(NominationRestIT.class);
  static final String ROUND = "round-" + YEAR;

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeAll
  void openRound() {
    RestTestSupport.openRound(
        movements, runtime, management, "kiem-thu-khen-thuong", YEAR, "honquan");
  }

  @Test
  void refusedStartsAnswerWithTheirStatusAndCreateNothing() {
    long before =
        runtime.createProcessInstanceQuery().processDefinitionKey("award-nomination").count();
    ResponseEntity<Map> otherUnit = start("honquan", Map.of("unitCode", value("budang")));
    assertThat(otherUnit.getStatusCode())
        .as("%s", otherUnit.getBody())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) otherUnit.getBody().get("message")).contains("đơn vị của mình");
    ResponseEntity<Map> unknownForm =
        start("honquan", Map.of("awardForm", value("HUAN_CHUONG_LAO_DONG")));
    assertThat(unknownForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknownForm.getBody().get("message"))
        .contains("Không có hình thức khen thưởng");
    ResponseEntity<Map> noRound = start("honquan", Map.of("roundKey", value("round-1999")));
    assertThat(noRound.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            runtime.createProcessInstanceQuery().processDefinitionKey("award-nomination").count())
        .isEqualTo(before);
  }

  @Test
  void aVoteWithoutQuorumIsRefusedAndTheDecisionIsReadableOnlyByThoseConcerned() throws Exception {
    ResponseEntity<Map> started = start("honquan", Map.of());
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String key = (String) started.getBody().get("businessKey");
    assertThat(key).startsWith(ROUND + "-honquan-");
    complete("thamdinh", key, "verifyAchievements", Map.of("verifyOutcome", value("APPROVED")));
    complete("vanphong", key, "checkDossier", Map.of("dossierOutcome", value("COMPLETE")));
    Task vote = task(key);
    ResponseEntity<Map> noQuorum =
        post(
            "hoidong",
            "/engine-rest/task/" + vote.getId() + "/complete",
            Map.of(
                "variables",
                Map.of(
                    "membersTotal",
                    value(15),
                    "membersPresent",
                    value(9),
                    "votesFor",
                    value(9),
                    "minutesNumber",
                    value("01/BB"))));
    assertThat(noQuorum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noQuorum.getBody().get("message")).contains("chưa đủ 2/3");
    assertThat(task(key).getId()).isEqualTo(vote.getId());
    assertThat(runtime.getVariable(vote.getProcessInstanceId(), "membersTotal")).isNull();
    complete(
        "hoidong",
        key,
        "councilVote",
        Map.of(
            "membersTotal",
            value(15),
            "membersPresent",
            value(12),
            "votesFor",
            value(9),
            "minutesNumber",
            value("02/BB-HĐTĐKT")));
    complete(
        "giamdoc",
        key,
        "signDecision",
        Map.of("decisionNumber", value("77/QĐ-LĐTBXH"), "decisionDate", value(YEAR + "-01-10")));

    for (String reader : List.of("honquan", "vanphong", "giamdoc", "quanly")) {
      ResponseEntity<byte[]> docx =
          http.withBasicAuth(reader, "demo")
              .getForEntity("/api/nominations/" + key + "/decision.docx", byte[].class);
      assertThat(docx.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      try (XWPFWordExtractor text =
          new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx.getBody())))) {
        assertThat(text.getText())
            .contains("77/QĐ-LĐTBXH", "Nguyễn Văn Hòa", "huyện Hớn Quản", "Nơi nhận:");
      }
    }
    for (String stranger : List.of("budang", "hoidong", "thamdinh")) {
      assertThat(
              http.withBasicAuth(stranger, "demo")
                  .getForEntity("/api/nominations/" + key + "/decision.docx", String.class)
                  .getStatusCode())
          .as(stranger)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    List<Map<String, Object>> history =
        http.withBasicAuth("quanly", "demo")
            .getForObject("/api/awards?unit=honquan&year=" + YEAR, List.class);
    // the class's other tests award Hớn Quản under other numbers: this decision's line is there
    // once
    assertThat(history)
        .filteredOn(line -> key.equals(line.get("business_key")))
        .singleElement()
        .satisfies(line -> assertThat(line.get("decision_number")).isEqualTo("77/QĐ-LĐTBXH"));
    assertThat(
            http.withBasicAuth("budang", "demo")
                .getForEntity("/api/awards?unit=honquan", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theCertificatesOfADirectorsDecisionArePrintedOnePerAwardee() throws Exception {
    String person = awardedUnder("88/QĐ-LĐTBXH", Map.of("nomineeName", value("Trần Thị Mai")));
    jdbc.update("update nomination set nominee_gender = 'NU' where business_key = ?", person);
    String collective =
        awardedUnder(
            "88/QĐ-LĐTBXH",
            Map.of(
                "nomineeKind", value("COLLECTIVE"),
                "nomineeName", value("Tổ Bảo trợ xã hội"),
                "nomineePosition", value("")));

    ResponseEntity<byte[]> one =
        http.withBasicAuth("honquan", "demo")
            .getForEntity("/api/nominations/" + person + "/certificate.docx", byte[].class);
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFWordExtractor text =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(one.getBody())))) {
      assertThat(text.getText())
          .contains(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
              "TẶNG GIẤY KHEN",
              "Bà Trần Thị Mai",
              "Chuyên viên",
              "năm " + YEAR,
              "Bình Phước, ngày 10 tháng 01 năm " + (YEAR + 1),
              "Số quyết định: 88/QĐ-LĐTBXH")
          .doesNotContain("Tổ Bảo trợ xã hội");
    }
    ResponseEntity<byte[]> all =
        http.withBasicAuth("vanphong", "demo")
            .getForEntity("/api/nominations/" + collective + "/certificates.docx", byte[].class);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(all.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(text.getText()).contains("Bà Trần Thị Mai", "Tổ Bảo trợ xã hội", "huyện Hớn Quản");
      // a page per awardee
      assertThat(document.getParagraphs().stream().filter(p -> p.isPageBreak()).count())
          .isEqualTo(1);
    }
    assertThat(
            http.withBasicAuth("budang", "demo")
                .getForEntity("/api/nominations/" + person + "/certificate.docx", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String waiting = (String) start("honquan", Map.of()).getBody().get("businessKey");
    assertThat(
            http.withBasicAuth("honquan", "demo")
                .getForEntity("/api/nominations/" + waiting + "/certificate.docx", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /**
   * A nomination of Hớn Quản walked to the Director's decision {@code number} of 10/1 next year.
   */
  private String awardedUnder(String number, Map<String, Object> overrides) {
    ResponseEntity<Map> started = start("honquan", overrides);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String key = (String) started.getBody().get("businessKey");
    complete("thamdinh", key, "verifyAchievements", Map.of("verifyOutcome", value("APPROVED")));
    complete("vanphong", key, "checkDossier", Map.of("dossierOutcome", value("COMPLETE")));
    complete(
        "hoidong",
        key,
        "councilVote",
        Map.of(
            "membersTotal", value(15),
            "membersPresent", value(12),
            "votesFor", value(10),
            "minutesNumber", value("03/BB-HĐTĐKT")));
    complete(
        "giamdoc",
        key,
        "signDecision",
        Map.of("decisionNumber", value(number), "decisionDate", value((YEAR + 1) + "-01-10")));
    return key;
  }

  @Test
  void theUnitWithdrawsItsOwnNominationBeforeTheCouncilAndNobodyElseCan() {
    ResponseEntity<Map> started = start("honquan", Map.of("nomineeName", value("Phạm Thị Lan")));
    String key = (String) started.getBody().get("businessKey");
    String path = "/api/nominations/" + key + "/withdraw";
    Map<String, String> reason = Map.of("reason", "Cá nhân đã nghỉ hưu.");
    for (String refused : List.of("budang", "quanly", "thamdinh", "giamdoc")) {
      ResponseEntity<Map> answer = post(refused, path, reason);
      assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) answer.getBody().get("message")).contains("Chỉ đơn vị lập hồ sơ");
    }
    ResponseEntity<Map> noReason = post("honquan", path, Map.of());
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noReason.getBody().get("message")).contains("lý do rút hồ sơ");
    assertThat(
            post("honquan", "/api/nominations/" + ROUND + "-honquan-999/withdraw", reason)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map> withdrawn = post("honquan", path, reason);
    assertThat(withdrawn.getStatusCode()).as("%s", withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().get("status")).isEqualTo("Hồ sơ bị rút");
    assertThat(task(key)).isNull();
    ResponseEntity<Map> again = post("honquan", path, reason);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).contains("chưa trình Hội đồng");
  }

  @Test
  void aUnitReadsItsOwnNominationsAndObserversReadAll() {
    String key =
        (String)
            start("honquan", Map.of("nomineeName", value("Trần Văn Bảo")))
                .getBody()
                .get("businessKey");
    for (String reader : List.of("honquan", "thamdinh", "vanphong", "giamdoc", "quanly")) {
      assertThat(
              http.withBasicAuth(reader, "demo")
                  .getForEntity("/api/units/honquan/nominations", String.class)
                  .getStatusCode())
          .as(reader)
          .isEqualTo(HttpStatus.OK);
      ResponseEntity<Map> one =
          http.withBasicAuth(reader, "demo").getForEntity("/api/nominations/" + key, Map.class);
      assertThat(one.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(one.getBody().get("status")).isEqualTo("Đang thẩm định thành tích");
    }
    for (String stranger : List.of("budang", "hoidong")) {
      assertThat(
              http.withBasicAuth(stranger, "demo")
                  .getForEntity("/api/units/honquan/nominations", Map.class)
                  .getStatusCode())
          .as(stranger)
          .isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map> one =
          http.withBasicAuth(stranger, "demo").getForEntity("/api/nominations/" + key, Map.class);
      assertThat(one.getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) one.getBody().get("message")).contains("không có quyền");
    }
    assertThat(
            http.withBasicAuth("quanly", "demo")
                .getForEntity("/api/nominations/" + ROUND + "-honquan-999", Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/nominations/" + key, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theApiIsDescribedByAnOpenApiDocument() {
    ResponseEntity<Map> document =
        http.withBasicAuth("honquan", "demo").getForEntity("/v3/api-docs", Map.class);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Map<String, Object>) document.getBody().get("info")).get("title").toString())
        .contains("Thi đua");
    assertThat(((Map<String, Object>) document.getBody().get("paths")).keySet())
        .contains(
            "/api/rounds",
            "/api/nominations/{key}/withdraw",
            "/api/reports/{businessKey}/reopen",
            "/api/awards",
            "/api/dossiers/{kind}/{key}/attachments",
            "/api/movements",
            "/api/movements/{code}",
            "/api/rounds/{roundKey}/targets",
            "/api/units",
            "/api/units/{code}",
            "/api/organization/names",
            "/api/council/members")
        .noneMatch(path -> path.startsWith("/engine-rest"));
    assertThat(
            http.withBasicAuth("honquan", "demo")
                .getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<Map> start(String user, Map<String, Object> overrides) {
    Map<String, Object> variables =
        new java.util.HashMap<>(
            Map.of(
                "roundKey",
                value(ROUND),
                "nomineeKind",
                value("INDIVIDUAL"),
                "nomineeName",
                value("Nguyễn Văn Hòa"),
                "nomineePosition",
                value("Chuyên viên"),
                "awardForm",
                value("GIAY_KHEN_GIAM_DOC"),
                "achievements",
                value("Hoàn thành xuất sắc nhiệm vụ."),
                "unitMinutesNumber",
                value("03/BB"),
                "underDisciplinaryReview",
                Map.of("value", false, "type", "Boolean")));
    variables.putAll(overrides);
    return post(
        user,
        "/engine-rest/process-definition/key/award-nomination/start",
        Map.of("variables", variables));
  }

  private void complete(String user, String key, String taskKey, Map<String, Object> variables) {
    Task task = task(key);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    ResponseEntity<Map> done =
        post(
            user,
            "/engine-rest/task/" + task.getId() + "/complete",
            Map.of("variables", variables));
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
