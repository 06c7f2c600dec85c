package vn.ldtbxh.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;

/**
 * The read API of "Hồ sơ của đơn vị" for each role: a unit reads its own dossiers (an accepted
 * report with the reviewer's return comment and its attachment, a nomination it may still withdraw)
 * and not another unit's; observers read any unit; social protection may reopen an accepted report;
 * the council, an unknown unit and an anonymous caller are refused. A withdrawal and a reopening
 * show with their reasons. Also {@code /api/me} and the dossier of a task.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"unchecked", "rawtypes"})
class UnitDossierApiIT {

  static final int YEAR = TestYears.of(UnitDossierApiIT.class);
  static final String REPORT = YEAR + "-dongxoai";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext spring;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  String dongxoaiNomination;
  String budangNomination;
  String locninhNomination;

  @BeforeAll
  void dossiers() {
    DossierScenario scenario = new DossierScenario(spring);
    scenario.openRound("kiem-thu-ho-so-don-vi", YEAR, "dongxoai,budang,locninh");
    scenario.reportReturnedThenAccepted(YEAR, "dongxoai");
    dongxoaiNomination = scenario.nominate(YEAR, "dongxoai", "Nguyễn Thị Thu Hà", "Chuyên viên");
    budangNomination = scenario.nominate(YEAR, "budang", "Lê Thị Mai", "Kế toán");
    scenario.toCouncil(budangNomination);
    scenario.reportReturnedThenAccepted(YEAR, "locninh");
    locninhNomination = scenario.nominate(YEAR, "locninh", "Phạm Thị Lan", "Chuyên viên");
    ResponseEntity<String> uploaded =
        http.withBasicAuth("dongxoai", "demo")
            .exchange(
                "/api/dossiers/report/" + REPORT + "/attachments",
                HttpMethod.POST,
                pdf("bao-cao-da-ky.pdf"),
                String.class);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aUnitReadsItsOwnDossiersWithStepsCommentsAndDocuments() {
    List<Map<String, Object>> dossiers = dossiers("dongxoai", "dongxoai");
    assertThat(dossiers)
        .extracting(d -> d.get("businessKey"))
        .containsExactly(REPORT, dongxoaiNomination);

    Map<String, Object> report = dossiers.get(0);
    assertThat(report)
        .containsEntry("kind", "REPORT")
        .containsEntry("kindText", "Báo cáo kết quả")
        .containsEntry("year", YEAR)
        .containsEntry("status", "ACCEPTED")
        .containsEntry("statusText", "Được chấp nhận")
        .containsEntry("open", false)
        .containsEntry("currentStep", null)
        .containsEntry("canReopen", false)
        .containsEntry("canWithdraw", false)
        .containsEntry("canUpload", true);
    assertThat(report.get("dueAt")).isNotNull();
    assertThat(report.get("endedAt")).isNotNull();
    List<Map<String, Object>> comments = (List<Map<String, Object>>) report.get("comments");
    assertThat(comments).hasSize(2);
    assertThat(comments.get(0))
        .containsEntry("by", "thamdinh")
        .containsEntry("step", "Thẩm định báo cáo")
        .containsEntry("outcome", "Trả lại để bổ sung")
        .containsEntry("text", DossierScenario.RETURN_COMMENT);
    assertThat(comments.get(1)).containsEntry("outcome", "Chấp nhận");
    List<Map<String, Object>> documents = (List<Map<String, Object>>) report.get("documents");
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0))
        .containsEntry("type", "ATTACHMENT")
        .containsEntry("name", "bao-cao-da-ky.pdf")
        .containsEntry("contentType", "application/pdf")
        .containsEntry("sizeBytes", PDF.length)
        .containsEntry("uploadedBy", "dongxoai");
    String href = (String) documents.get(0).get("href");
    assertThat(href).startsWith("/api/dossiers/report/" + REPORT + "/attachments/");
    assertThat(http.withBasicAuth("dongxoai", "demo").getForObject(href, byte[].class))
        .isEqualTo(PDF);

    Map<String, Object> nomination = dossiers.get(1);
    assertThat(nomination)
        .containsEntry("kind", "NOMINATION")
        .containsEntry("kindText", "Đề nghị khen thưởng")
        .containsEntry("status", "VERIFYING")
        .containsEntry("statusText", "Đang thẩm định thành tích")
        .containsEntry("open", true)
        .containsEntry("currentStep", "Thẩm định thành tích")
        .containsEntry("currentStepKey", "verifyAchievements")
        .containsEntry("canWithdraw", true)
        .containsEntry("canReopen", false);
    assertThat((String) nomination.get("title"))
        .contains("Giấy khen của Giám đốc Sở", "Nguyễn Thị Thu Hà", "Chuyên viên");
  }

  @Test
  void aUnitCannotReadAnotherUnitsDossiers() {
    ResponseEntity<Map> refused =
        http.withBasicAuth("dongxoai", "demo")
            .getForEntity("/api/units/budang/dossiers", Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody())
        .containsEntry("message", "Bạn chỉ xem được hồ sơ của đơn vị mình.");
    assertThat(
            http.withBasicAuth("budang", "demo")
                .getForEntity("/api/dossiers/nomination/" + dongxoaiNomination, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("budang", "demo")
                .getForEntity("/api/dossiers/report/" + REPORT, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void observersReadAnyUnitAndOnlySocialProtectionMayReopen() {
    for (String observer : List.of("quanly", "giamdoc", "vanphong", "thamdinh")) {
      List<Map<String, Object>> dossiers = dossiers(observer, "dongxoai");
      assertThat(dossiers).as(observer).hasSize(2);
      assertThat(dossiers.get(0))
          .as(observer)
          .containsEntry("canReopen", "thamdinh".equals(observer))
          .containsEntry("canUpload", false);
      assertThat(dossiers.get(1)).as(observer).containsEntry("canWithdraw", false);
    }
    List<Map<String, Object>> budang = dossiers("quanly", "budang");
    assertThat(budang)
        .extracting(d -> d.get("businessKey"))
        .containsExactly(YEAR + "-budang", budangNomination);
    assertThat(budang.get(0))
        .containsEntry("status", "PREPARING")
        .containsEntry("currentStep", "Lập báo cáo kết quả")
        .containsEntry("open", true);
    Map<String, Object> atCouncil = budang.get(1);
    assertThat(atCouncil)
        .containsEntry("status", "COUNCIL")
        .containsEntry("currentStep", "Hội đồng Thi đua - Khen thưởng biểu quyết")
        .containsEntry("canWithdraw", false);
    assertThat((List<Map<String, Object>>) atCouncil.get("comments"))
        .extracting(c -> c.get("step"))
        .containsExactly("Thẩm định thành tích", "Kiểm tra hồ sơ");
    assertThat((List<Map<String, Object>>) atCouncil.get("comments"))
        .first()
        .extracting(c -> c.get("text"))
        .isEqualTo("Thành tích được Phòng Bảo trợ xã hội xác nhận.");
  }

  @Test
  void aNominationAtTheCouncilCannotBeWithdrawnByItsUnit() {
    Map<String, Object> atCouncil = dossiers("budang", "budang").get(1);
    assertThat(atCouncil)
        .containsEntry("businessKey", budangNomination)
        .containsEntry("canWithdraw", false)
        .containsEntry("canUpload", true);
  }

  @Test
  void theCouncilAnUnknownUnitAndAnonymousCallersAreRefused() {
    assertThat(
            http.withBasicAuth("hoidong", "demo")
                .getForEntity("/api/units/dongxoai/dossiers", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> unknown =
        http.withBasicAuth("quanly", "demo").getForEntity("/api/units/khongco/dossiers", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("message", "Không có đơn vị mã \"khongco\".");
    assertThat(http.getForEntity("/api/units/dongxoai/dossiers", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> badKind =
        http.withBasicAuth("quanly", "demo")
            .getForEntity("/api/dossiers/round/" + REPORT, Map.class);
    assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void meTellsTheUnitsEachUserMayRead() {
    Map<String, Object> unit = me("dongxoai");
    assertThat(unit)
        .containsEntry("userId", "dongxoai")
        .containsEntry("unitCodes", List.of("dongxoai"))
        .containsEntry("observer", false)
        .containsEntry("socialProtection", false);
    assertThat((List<Map<String, Object>>) unit.get("units"))
        .singleElement()
        .satisfies(u -> assertThat(u).containsEntry("code", "dongxoai"));
    assertThat((List<String>) unit.get("groups")).containsExactly("unit-dongxoai");

    Map<String, Object> socialProtection = me("thamdinh");
    assertThat(socialProtection)
        .containsEntry("unitCodes", List.of("btxh"))
        .containsEntry("observer", true)
        .containsEntry("socialProtection", true);
    assertThat((List<Map<String, Object>>) socialProtection.get("units"))
        .extracting(u -> u.get("code"))
        .contains("dongxoai", "budang", "btxh", "ttbtxh")
        .hasSizeGreaterThanOrEqualTo(20);

    Map<String, Object> council = me("hoidong");
    assertThat(council)
        .containsEntry("unitCodes", List.of())
        .containsEntry("observer", false)
        .containsEntry("units", List.of());
  }

  @Test
  void aTaskLeadsToItsDossierForThoseWhoMayReadIt() {
    Task verify =
        tasks.createTaskQuery().processInstanceBusinessKey(dongxoaiNomination).singleResult();
    for (String reader : List.of("dongxoai", "thamdinh", "hoidong")) {
      ResponseEntity<Map> dossier =
          http.withBasicAuth(reader, "demo")
              .getForEntity("/api/tasks/" + verify.getId() + "/dossier", Map.class);
      assertThat(dossier.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(dossier.getBody())
          .as(reader)
          .containsEntry("kindPath", "nomination")
          .containsEntry("businessKey", dongxoaiNomination)
          .containsEntry("canUpload", "dongxoai".equals(reader));
    }
    assertThat(
            http.withBasicAuth("budang", "demo")
                .getForEntity("/api/tasks/" + verify.getId() + "/dossier", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    Task prepare =
        tasks.createTaskQuery().processInstanceBusinessKey(YEAR + "-budang").singleResult();
    ResponseEntity<Map> report =
        http.withBasicAuth("budang", "demo")
            .getForEntity("/api/tasks/" + prepare.getId() + "/dossier", Map.class);
    assertThat(report.getBody())
        .containsEntry("kindPath", "report")
        .containsEntry("businessKey", YEAR + "-budang");
    assertThat(
            http.withBasicAuth("hoidong", "demo")
                .getForEntity("/api/tasks/" + prepare.getId() + "/dossier", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(
            http.withBasicAuth("quanly", "demo")
                .getForEntity("/api/tasks/khong-co/dossier", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    Task loose = tasks.newTask();
    loose.setName("Việc riêng");
    tasks.saveTask(loose);
    try {
      ResponseEntity<Map> none =
          http.withBasicAuth("quanly", "demo")
              .getForEntity("/api/tasks/" + loose.getId() + "/dossier", Map.class);
      assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat((String) none.getBody().get("message"))
          .contains("không thuộc báo cáo kết quả hay hồ sơ đề nghị");
    } finally {
      tasks.deleteTask(loose.getId(), true);
    }
  }

  @Test
  void aWithdrawnNominationAndAReopenedReportShowTheirReasons() {
    String reason = "Cá nhân được đề nghị đã chuyển công tác.";
    ResponseEntity<Map> withdrawn =
        http.withBasicAuth("locninh", "demo")
            .exchange(
                "/api/nominations/" + locninhNomination + "/withdraw",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", reason), jsonHeaders()),
                Map.class);
    assertThat(withdrawn.getStatusCode()).as("%s", withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    Map<String, Object> nomination = dossiers("locninh", "locninh").get(1);
    assertThat(nomination)
        .containsEntry("businessKey", locninhNomination)
        .containsEntry("status", "WITHDRAWN")
        .containsEntry("statusText", "Hồ sơ bị rút")
        .containsEntry("open", false)
        .containsEntry("currentStep", null)
        .containsEntry("canWithdraw", false);
    assertThat(nomination.get("endedAt")).isNotNull();
    assertThat((List<Map<String, Object>>) nomination.get("comments"))
        .last()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("step", "Rút hồ sơ")
                    .containsEntry("outcome", "Hồ sơ bị rút")
                    .containsEntry("by", "locninh")
                    .containsEntry("text", reason));

    String reopenReason = "Số hộ thoát nghèo cần đối chiếu lại với kết quả rà soát của tỉnh.";
    assertThat(dossiers("thamdinh", "locninh").get(0)).containsEntry("canReopen", true);
    ResponseEntity<Map> reopened =
        http.withBasicAuth("thamdinh", "demo")
            .exchange(
                "/api/reports/" + YEAR + "-locninh/reopen",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", reopenReason), jsonHeaders()),
                Map.class);
    assertThat(reopened.getStatusCode()).as("%s", reopened.getBody()).isEqualTo(HttpStatus.OK);
    Map<String, Object> moving = dossiers("locninh", "locninh").get(0);
    assertThat(moving)
        .containsEntry("status", "RETURNED")
        .containsEntry("open", true)
        .containsEntry("currentStep", UnitDossiers.MOVING_ON)
        .containsEntry("endedAt", null);
    RestTestSupport.runJobs(management);
    Map<String, Object> report = dossiers("thamdinh", "locninh").get(0);
    assertThat(report)
        .containsEntry("businessKey", YEAR + "-locninh")
        .containsEntry("statusText", "Bị trả lại để chỉnh sửa")
        .containsEntry("currentStep", "Chỉnh sửa, bổ sung báo cáo")
        .containsEntry("currentStepKey", "reviseReport")
        .containsEntry("canReopen", false);
    assertThat(report.get("dueAt")).isNotNull();
    assertThat((List<Map<String, Object>>) report.get("comments"))
        .last()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("step", "Mở lại báo cáo")
                    .containsEntry("outcome", "Mở lại để đơn vị chỉnh sửa")
                    .containsEntry("by", "thamdinh")
                    .containsEntry("text", reopenReason));
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private List<Map<String, Object>> dossiers(String user, String unit) {
    ResponseEntity<List> answer =
        http.withBasicAuth(user, "demo")
            .getForEntity("/api/units/" + unit + "/dossiers", List.class);
    assertThat(answer.getStatusCode()).as(user + " " + unit).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private Map<String, Object> me(String user) {
    ResponseEntity<Map> answer =
        http.withBasicAuth(user, "demo").getForEntity("/api/me", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static HttpEntity<MultiValueMap<String, Object>> pdf(String name) {
    return RestTestSupport.multipart(name, PDF);
  }
}
