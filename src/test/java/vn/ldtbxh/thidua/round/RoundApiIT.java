package vn.ldtbxh.thidua.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.json;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * The application's round API over HTTP: who may extend a deadline, and the approved summary
 * workbook.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundApiIT {

  static final int YEAR = TestYears.of(RoundApiIT.class);
  static final String ROUND = "round-" + YEAR;

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @BeforeAll
  void openRound() {
    RestTestSupport.openRound(
        movements, runtime, management, "kiem-thu-api", YEAR, "binhlong,locninh");
  }

  @Test
  @Order(1)
  void socialProtectionExtendsOneUnitsDeadlineAndUnitsCannot() {
    String later = YEAR + "-12-22";
    ResponseEntity<Map> refused =
        post(
            "locninh",
            "/api/rounds/" + ROUND + "/deadline",
            Map.of("deadline", later, "unitCode", "locninh"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("không có quyền");
    assertThat(
            http.postForEntity(
                    "/api/rounds/" + ROUND + "/deadline",
                    json(Map.of("deadline", later)),
                    Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<Map> badDate =
        post("thamdinh", "/api/rounds/" + ROUND + "/deadline", Map.of("deadline", "22/12"));
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> earlier =
        post(
            "thamdinh",
            "/api/rounds/" + ROUND + "/deadline",
            Map.of("deadline", YEAR + "-12-01", "unitCode", "locninh"));
    assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map> extended =
        post(
            "thamdinh",
            "/api/rounds/" + ROUND + "/deadline",
            Map.of("deadline", later, "unitCode", "locninh"));
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(extended.getBody().get("moved")).isEqualTo(java.util.List.of("locninh"));
    Task locninh =
        tasks.createTaskQuery().processInstanceBusinessKey(YEAR + "-locninh").singleResult();
    assertThat(
            locninh
                .getDueDate()
                .toInstant()
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toLocalDate())
        .isAfterOrEqualTo(LocalDate.parse(later));
  }

  @Test
  @Order(2)
  void roundsAndReportsAreReadByObserversOnly() {
    for (String path : new String[] {"/api/rounds", "/api/rounds/" + ROUND + "/reports"}) {
      for (String observer : new String[] {"thamdinh", "vanphong", "giamdoc", "quanly"}) {
        assertThat(get(observer, path).getStatusCode())
            .as(observer + " " + path)
            .isEqualTo(HttpStatus.OK);
      }
      for (String other : new String[] {"binhlong", "hoidong"}) {
        assertThat(get(other, path).getStatusCode())
            .as(other + " " + path)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(http.getForEntity(path, String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(get("quanly", "/api/rounds/round-1999/reports").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    List<?> reports =
        http.withBasicAuth("quanly", "demo")
            .getForObject("/api/rounds/" + ROUND + "/reports", List.class);
    assertThat(reports).hasSize(2);
  }

  @Test
  @Order(3)
  void socialProtectionReopensAnAcceptedReportUntilTheSummaryIsApproved() {
    acceptReports();
    String path = "/api/reports/" + YEAR + "-binhlong/reopen";
    Map<String, String> reason =
        Map.of("reason", "Số hộ nghèo cuối năm chưa khớp kết quả rà soát.");
    for (String refused : new String[] {"binhlong", "quanly", "giamdoc", "vanphong"}) {
      ResponseEntity<Map> answer = post(refused, path, reason);
      assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) answer.getBody().get("message")).contains("Phòng Bảo trợ xã hội");
    }
    ResponseEntity<Map> noReason = post("thamdinh", path, Map.of("reason", " "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noReason.getBody().get("message")).contains("lý do");
    assertThat(post("thamdinh", "/api/reports/" + YEAR + "-khongco/reopen", reason).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map> reopened = post("thamdinh", path, reason);
    assertThat(reopened.getStatusCode()).as("%s", reopened.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(reopened.getBody().get("status")).isEqualTo("Bị trả lại để chỉnh sửa");
    ResponseEntity<Map> again = post("thamdinh", path, reason);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message"))
        .contains("chỉ mở lại được báo cáo đã được chấp nhận");
    runJobs(management);
    Task revise =
        tasks.createTaskQuery().processInstanceBusinessKey(YEAR + "-binhlong").singleResult();
    assertThat(revise.getTaskDefinitionKey()).isEqualTo("reviseReport");
    assertThat(revise.getProcessInstanceId())
        .isEqualTo(reopened.getBody().get("processInstanceId"));
    acceptReports();
  }

  @Test
  @Order(4)
  void theSummaryIsDownloadableOnceApprovedByObserversOnly() throws Exception {
    assertThat(get("quanly", "/api/rounds/" + ROUND + "/summary.xlsx").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    finishRound();
    ResponseEntity<byte[]> summary = get("quanly", "/api/rounds/" + ROUND + "/summary.xlsx");
    assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("NĂM " + YEAR);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("\"Phong trào kiểm thử kiem-thu-api\"");
      assertThat(sheet.getRow(5).getCell(11).getStringCellValue())
          .isEqualTo("Mục tiêu giảm (điểm %)");
      assertThat(sheet.getRow(5).getCell(12).getStringCellValue())
          .isEqualTo("Đạt mục tiêu giảm nghèo");
      assertThat(sheet.getRow(6).getCell(1).getStringCellValue())
          .isEqualTo("Phòng Lao động - Thương binh và Xã hội thị xã Bình Long");
      assertThat(sheet.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(850);
      assertThat(sheet.getRow(6).getCell(11).getNumericCellValue()).isEqualTo(0.5);
      assertThat(sheet.getRow(6).getCell(12).getStringCellValue()).isEqualTo("Đạt");
    }
    for (String observer : new String[] {"thamdinh", "vanphong", "giamdoc"}) {
      assertThat(get(observer, "/api/rounds/" + ROUND + "/summary.xlsx").getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(get("binhlong", "/api/rounds/" + ROUND + "/summary.xlsx").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("hoidong", "/api/rounds/" + ROUND + "/summary.xlsx").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void finishRound() {
    acceptReports();
    String round =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ROUND)
            .singleResult()
            .getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(round).singleResult().getId());
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(round).singleResult().getId(),
        Map.of("summaryOutcome", "APPROVED"));
    ResponseEntity<Map> tooLate =
        post("thamdinh", "/api/reports/" + YEAR + "-locninh/reopen", Map.of("reason", "Sửa"));
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) tooLate.getBody().get("message")).contains("đã được phê duyệt");
  }

  /** Submits and accepts each report still open (prepared or reopened). */
  private void acceptReports() {
    for (String unit : new String[] {"binhlong", "locninh"}) {
      Task prepare =
          tasks.createTaskQuery().processInstanceBusinessKey(YEAR + "-" + unit).singleResult();
      if (prepare == null) {
        continue;
      }
      tasks.complete(prepare.getId(), RestTestSupport.districtFigures(1000, 850, "Kết quả tốt"));
      Task review =
          tasks.createTaskQuery().processInstanceBusinessKey(YEAR + "-" + unit).singleResult();
      tasks.complete(review.getId(), Map.of("reviewOutcome", "APPROVED"));
    }
    runJobs(management);
  }

  private ResponseEntity<byte[]> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
  }

  private ResponseEntity<Map> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, json(body), Map.class);
  }
}
