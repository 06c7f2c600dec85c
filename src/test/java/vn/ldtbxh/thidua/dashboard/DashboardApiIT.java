package vn.ldtbxh.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.json;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.round.DeadlineExtension;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * The read API of the Cockpit view "Thi đua" over HTTP, on a round whose units stand in every state
 * (accepted, returned, submitted late, not submitted at the cut-off, awaited with an extended
 * deadline), nominations at several steps (awarded by the Director, late at verification, waiting
 * on the Province), for each role: the Department's observers read everything, units and the
 * council are refused with a Vietnamese message.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiIT {

  static final int YEAR = TestYears.of(DashboardApiIT.class);
  static final String MOVEMENT = "kiem-thu-thi-dua";
  static final String ROUND = "round-" + YEAR;
  static final String FINAL_ROUND = ROUND + "-final";
  static final LocalDate EXTENDED = LocalDate.of(YEAR + 1, 1, 20);
  static final List<String> OBSERVERS =
      List.of("quanly", "thamdinh", "vanphong", "giamdoc", "admin");
  static final List<String> REFUSED = List.of("budang", "binhlong", "hoidong");

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RoundRepository rounds;
  @Autowired DeadlineExtension deadlines;

  String awarded;
  String atVerification;
  String atProvince;
  LocalDate submissionDate;

  @BeforeAll
  void roundWithUnitsInEveryState() {
    RestTestSupport.openRound(
        movements,
        runtime,
        management,
        MOVEMENT,
        YEAR,
        "binhlong,locninh,phuoclong,dongphu,budang,honquan");
    submit("binhlong", 1000, 850);
    complete(YEAR + "-binhlong", Map.of("reviewOutcome", "APPROVED"));
    submit("locninh", 900, 880);
    complete(
        YEAR + "-locninh",
        Map.of("reviewOutcome", "RETURNED", "reviewComment", "Bổ sung số hộ thoát nghèo."));
    ResponseEntity<Map> extension =
        http.withBasicAuth("thamdinh", "demo")
            .exchange(
                "/api/rounds/" + ROUND + "/deadline",
                HttpMethod.POST,
                json(Map.of("deadline", EXTENDED.toString(), "unitCode", "budang")),
                Map.class);
    assertThat(extension.getStatusCode()).as("%s", extension.getBody()).isEqualTo(HttpStatus.OK);
    runJobs(management);

    awarded = nominate("binhlong", ROUND, "GIAY_KHEN_GIAM_DOC", "Trần Thị Lan");
    complete("thamdinh", awarded, "verifyAchievements", Map.of("verifyOutcome", value("APPROVED")));
    complete("vanphong", awarded, "checkDossier", Map.of("dossierOutcome", value("COMPLETE")));
    complete(
        "hoidong",
        awarded,
        "councilVote",
        Map.of(
            "membersTotal",
            value(11),
            "membersPresent",
            value(10),
            "votesFor",
            value(9),
            "minutesNumber",
            value("05/BB-HĐTĐKT")));
    complete(
        "giamdoc",
        awarded,
        "signDecision",
        Map.of(
            "decisionNumber",
            value("88/QĐ-LĐTBXH"),
            "decisionDate",
            value(LocalDate.now().toString())));
    atVerification = nominate("locninh", ROUND, "GIAY_KHEN_GIAM_DOC", "Lê Văn Bình");

    runtime.startProcessInstanceByKey(
        "emulation-round",
        Map.of("movement", MOVEMENT, "year", YEAR, "roundType", "FINAL", "unitCodes", "honquan"));
    runJobs(management);
    atProvince = nominate("honquan", FINAL_ROUND, "BANG_KHEN_UBND_TINH", "Phạm Thị Hoa");
    complete(
        "thamdinh", atProvince, "verifyAchievements", Map.of("verifyOutcome", value("APPROVED")));
    complete("vanphong", atProvince, "checkDossier", Map.of("dossierOutcome", value("COMPLETE")));
    complete(
        "hoidong",
        atProvince,
        "councilVote",
        Map.of(
            "membersTotal",
            value(10),
            "membersPresent",
            value(10),
            "votesFor",
            value(8),
            "minutesNumber",
            value("06/BB-HĐTĐKT")));
    submissionDate = LocalDate.now();
    complete(
        "vanphong",
        atProvince,
        "submitToProvince",
        Map.of(
            "submissionNumber",
            value("21/TTr-LĐTBXH"),
            "submissionDate",
            value(submissionDate.toString())));

    // Đồng Phú's own deadline two weeks earlier (as the demo data does for an overdue unit), so
    // that on
    // 20 December its cut-off has passed while the round's has not; then Phước Long submits late
    rounds.updateUnitDeadline(ROUND, "dongphu", LocalDate.of(YEAR, 12, 1));
    deadlines.reschedule(ROUND, "dongphu");
    at(LocalDateTime.of(YEAR, 12, 20, 10, 0));
    runJobs(management);
    submit("phuoclong", 800, 790);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyObserverSeesEachUnitsStateDueDateAndNotices() {
    for (String observer : OBSERVERS) {
      List<Map<String, Object>> rounds =
          get(observer, "/api/dashboard/rounds", List.class).getBody();
      assertThat(rounds)
          .as(observer)
          .extracting(round -> round.get("roundKey"))
          .contains(ROUND, FINAL_ROUND);
      ResponseEntity<Map> answer = get(observer, "/api/dashboard/rounds/" + ROUND, Map.class);
      assertThat(answer.getStatusCode()).as(observer).isEqualTo(HttpStatus.OK);
    }
    Map<String, Object> round =
        get("quanly", "/api/dashboard/rounds/" + ROUND, Map.class).getBody();
    assertThat(round.get("movementCode")).isEqualTo(MOVEMENT);
    assertThat(round.get("deadlineExtended")).isEqualTo(false);
    Map<String, Map<String, Object>> units =
        byKey((List<Map<String, Object>>) round.get("units"), "unitCode");
    assertThat(units)
        .containsOnlyKeys("binhlong", "locninh", "phuoclong", "dongphu", "budang", "honquan");

    assertThat(units.get("binhlong"))
        .containsEntry("state", "ACCEPTED")
        .containsEntry("stateText", "Được chấp nhận")
        .containsEntry("late", false)
        .containsEntry("extended", false);
    assertThat(units.get("locninh"))
        .containsEntry("state", "RETURNED")
        .containsEntry("stateText", "Bị trả lại");
    assertThat(units.get("phuoclong"))
        .containsEntry("state", "SUBMITTED_LATE")
        .containsEntry("stateText", "Nộp muộn")
        .containsEntry("late", true);
    assertThat(units.get("dongphu"))
        .containsEntry("state", "NOT_SUBMITTED")
        .containsEntry("stateText", "Không nộp");
    assertThat(units.get("honquan"))
        .containsEntry("state", "PENDING")
        .containsEntry("stateText", "Chưa nộp (quá hạn)")
        .containsEntry("overdue", true)
        .containsEntry("extended", false);
    assertThat(units.get("budang"))
        .containsEntry("state", "PENDING")
        .containsEntry("stateText", "Chưa nộp")
        .containsEntry("overdue", false)
        .containsEntry("extended", true)
        .containsEntry("deadline", EXTENDED.toString());
    assertThat(units.get("binhlong").get("deadline")).isEqualTo(round.get("deadline"));
    // an earlier deadline of one unit is not an extension
    assertThat(units.get("dongphu"))
        .containsEntry("deadline", LocalDate.of(YEAR, 12, 1).toString())
        .containsEntry("extended", false);

    assertThat(kinds(units.get("dongphu")))
        .contains("Thông báo đợt thi đua", "Đóng báo cáo (không nộp)");
    assertThat(kinds(units.get("honquan")))
        .contains("Thông báo đợt thi đua", "Thông báo quá hạn")
        .doesNotContain("Đóng báo cáo (không nộp)");
    assertThat(kinds(units.get("locninh"))).contains("Thông báo đợt thi đua", "Trả lại báo cáo");
    assertThat(kinds(units.get("budang")))
        .contains("Gia hạn nộp báo cáo")
        .doesNotContain("Thông báo quá hạn");
    assertThat(kinds(units.get("binhlong"))).containsExactly("Thông báo đợt thi đua");

    Map<String, Object> counts = (Map<String, Object>) round.get("counts");
    assertThat(counts)
        .containsEntry("Được chấp nhận", 1)
        .containsEntry("Bị trả lại", 1)
        .containsEntry("Nộp muộn", 1)
        .containsEntry("Không nộp", 1)
        .containsEntry("Chưa nộp", 2)
        .containsEntry("Nộp đúng hạn", 0);
  }

  @Test
  void theUnitsTableOpensAsAWorkbook() throws Exception {
    Sheet sheet = workbook("vanphong", "/api/dashboard/rounds/" + ROUND + "/units.xlsx");
    Map<String, Row> rows = rowsByColumn(sheet, 4, 1);
    assertThat(cell(sheet.getRow(1), 0)).contains("NĂM " + YEAR);
    assertThat(cell(sheet.getRow(4), 3)).isEqualTo("Tình trạng báo cáo");
    assertThat(cell(sheet.getRow(4), 6)).isEqualTo("Hạn nộp");
    assertThat(rows)
        .containsOnlyKeys("binhlong", "locninh", "phuoclong", "dongphu", "budang", "honquan");
    assertThat(cell(rows.get("dongphu"), 3)).isEqualTo("Không nộp");
    assertThat(cell(rows.get("phuoclong"), 4)).isEqualTo("Có");
    assertThat(cell(rows.get("budang"), 6)).isEqualTo("20/01/" + (YEAR + 1));
    assertThat(cell(rows.get("budang"), 8)).isEqualTo("Có");
    assertThat(cell(rows.get("binhlong"), 8)).isEmpty();
    assertThat(cell(rows.get("locninh"), 12)).contains("Trả lại báo cáo");
  }

  @Test
  void theIndicatorsOfEachDistrictStandAgainstTheTargets() throws Exception {
    for (String observer : OBSERVERS) {
      assertThat(
              get(observer, "/api/dashboard/movements/" + MOVEMENT + "/indicators", Map.class)
                  .getStatusCode())
          .as(observer)
          .isEqualTo(HttpStatus.OK);
    }
    Map<String, Object> indicators =
        get("giamdoc", "/api/dashboard/movements/" + MOVEMENT + "/indicators", Map.class).getBody();
    assertThat(indicators.get("years")).isEqualTo(List.of(YEAR));
    assertThat((Map<String, Object>) indicators.get("targets"))
        .containsEntry("fallPoints", 0.5)
        .containsEntry("allowanceCoverage", 100.0)
        .containsEntry("meritPoorHouseholds", 0);
    Map<String, Map<String, Object>> districts =
        byKey((List<Map<String, Object>>) indicators.get("districts"), "unitCode");
    assertThat(districts).hasSize(11);
    Map<String, Object> binhlong =
        ((List<Map<String, Object>>) districts.get("binhlong").get("years")).get(0);
    // 1,000 of 25,000 households (4.00%) to 850 (3.40%); 400 of 400 receive the allowance; 2 merit
    // households
    assertThat(binhlong)
        .containsEntry("reported", true)
        .containsEntry("fallPoints", 0.6)
        .containsEntry("fallMet", true)
        .containsEntry("allowanceCoverage", 100.0)
        .containsEntry("coverageMet", true)
        .containsEntry("meritPoorHouseholds", 2)
        .containsEntry("meritMet", false);
    // only accepted reports count: Lộc Ninh's returned one and Phước Long's awaiting review do not
    assertThat(((List<Map<String, Object>>) districts.get("locninh").get("years")).get(0))
        .containsEntry("reported", false);
    assertThat(((List<Map<String, Object>>) districts.get("phuoclong").get("years")).get(0))
        .containsEntry("reported", false);

    Sheet sheet = workbook("quanly", "/api/dashboard/movements/" + MOVEMENT + "/indicators.xlsx");
    int header = 5;
    assertThat(cell(sheet.getRow(header), 6)).isEqualTo("Giảm (điểm %)");
    Map<String, Row> rows = rowsByColumn(sheet, header, 1);
    assertThat(rows).hasSize(11);
    Row row = rows.get("Phòng Lao động - Thương binh và Xã hội thị xã Bình Long");
    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.6);
    assertThat(cell(row, 8)).isEqualTo("Đạt");
    assertThat(cell(row, 11)).isEqualTo("Đạt");
    assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(2);
    assertThat(cell(row, 14)).isEqualTo("Chưa đạt");
  }

  @Test
  void thePipelineCountsEachStatusShowsLateStepsAndWhatWaitsOnTheProvince() throws Exception {
    Map<String, Object> annual =
        get("quanly", "/api/dashboard/rounds/" + ROUND + "/nominations", Map.class).getBody();
    Map<String, Map<String, Object>> stages =
        byKey((List<Map<String, Object>>) annual.get("stages"), "status");
    assertThat(stages.get("AWARDED"))
        .containsEntry("count", 1)
        .containsEntry("statusText", "Được khen thưởng");
    assertThat(stages.get("VERIFYING")).containsEntry("count", 1);
    assertThat(stages.get("COUNCIL")).containsEntry("count", 0);
    assertThat(annual).containsEntry("late", 1).containsEntry("waitingOnProvince", 0);
    Map<String, Map<String, Object>> items =
        byKey((List<Map<String, Object>>) annual.get("nominations"), "businessKey");
    assertThat(items.get(atVerification))
        .containsEntry("step", "Thẩm định thành tích")
        .containsEntry("late", true)
        .containsEntry("statusText", "Đang thẩm định thành tích");
    assertThat(items.get(awarded)).containsEntry("late", false).containsEntry("step", null);

    Map<String, Object> finalRound =
        get("thamdinh", "/api/dashboard/rounds/" + FINAL_ROUND + "/nominations", Map.class)
            .getBody();
    assertThat(finalRound).containsEntry("waitingOnProvince", 1).containsEntry("late", 0);
    Map<String, Object> province =
        ((List<Map<String, Object>>) finalRound.get("nominations")).get(0);
    assertThat(province)
        .containsEntry("businessKey", atProvince)
        .containsEntry("status", "SUBMITTED_TO_PROVINCE")
        .containsEntry("waitingOnProvince", true)
        .containsEntry("step", "Ghi nhận quyết định của cấp trên")
        .containsEntry("submissionNumber", "21/TTr-LĐTBXH")
        .containsEntry("submissionDate", submissionDate.toString());
    assertThat(java.time.Instant.parse((String) province.get("waitingOnProvinceSince")))
        .isEqualTo(submissionDate.atStartOfDay(VietnameseFormats.ZONE).toInstant());

    Sheet sheet = workbook("giamdoc", "/api/dashboard/rounds/" + ROUND + "/nominations.xlsx");
    Map<String, Row> rows = rowsByColumn(sheet, 4, 1);
    assertThat(rows).containsOnlyKeys(awarded, atVerification);
    assertThat(cell(rows.get(atVerification), 6)).isEqualTo("Thẩm định thành tích");
    assertThat(cell(rows.get(atVerification), 9)).isEqualTo("Có");
    assertThat(cell(rows.get(awarded), 5)).isEqualTo("Được khen thưởng");
    Sheet provinceSheet =
        workbook("quanly", "/api/dashboard/rounds/" + FINAL_ROUND + "/nominations.xlsx");
    Row waiting = rowsByColumn(provinceSheet, 4, 1).get(atProvince);
    assertThat(cell(waiting, 10)).isEqualTo(VietnameseFormats.date(submissionDate) + " 00:00");
    assertThat(cell(waiting, 12)).isEqualTo(VietnameseFormats.date(submissionDate));
  }

  @Test
  void eachAwardLinksToItsDecisionDocument() throws Exception {
    List<Map<String, Object>> awards =
        get("quanly", "/api/awards?year=" + YEAR, List.class).getBody();
    assertThat(awards).hasSize(1);
    Map<String, Object> line = awards.get(0);
    assertThat(line.get("decision_document"))
        .isEqualTo("/api/nominations/" + awarded + "/decision.docx");
    assertThat(get("quanly", (String) line.get("decision_document"), byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Sheet sheet =
        workbook(
            "vanphong",
            "/api/dashboard/awards.xlsx?year=" + YEAR + "&awardForm=GIAY_KHEN_GIAM_DOC");
    assertThat(cell(sheet.getRow(2), 0))
        .isEqualTo("Năm: " + YEAR + "; Hình thức: Giấy khen của Giám đốc Sở");
    Map<String, Row> rows = rowsByColumn(sheet, 4, 4);
    assertThat(rows).containsOnlyKeys("Trần Thị Lan");
    Row row = rows.get("Trần Thị Lan");
    assertThat(cell(row, 6)).isEqualTo("Giấy khen của Giám đốc Sở");
    assertThat(cell(row, 7)).isEqualTo("Giám đốc Sở");
    assertThat(cell(row, 8)).isEqualTo("88/QĐ-LĐTBXH");
    assertThat(cell(row, 9)).isEqualTo(VietnameseFormats.date(LocalDate.now()));
    assertThat(cell(row, 10))
        .startsWith("http://localhost:")
        .endsWith("/api/nominations/" + awarded + "/decision.docx");
    assertThat(
            rowsByColumn(
                workbook("quanly", "/api/dashboard/awards.xlsx?nominee=không+có+ai"), 4, 4))
        .isEmpty();
  }

  @Test
  void unitsAndTheCouncilAreRefusedEveryTable() {
    List<String> paths =
        List.of(
            "/api/dashboard/rounds",
            "/api/dashboard/rounds/" + ROUND,
            "/api/dashboard/rounds/" + ROUND + "/units.xlsx",
            "/api/dashboard/rounds/" + ROUND + "/nominations",
            "/api/dashboard/rounds/" + ROUND + "/nominations.xlsx",
            "/api/dashboard/movements/" + MOVEMENT + "/indicators",
            "/api/dashboard/movements/" + MOVEMENT + "/indicators.xlsx",
            "/api/dashboard/awards.xlsx");
    for (String user : REFUSED) {
      for (String path : paths) {
        ResponseEntity<Map> refused = get(user, path, Map.class);
        assertThat(refused.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message"))
            .as(path)
            .isEqualTo("Bạn không có quyền " + DashboardApi.ACTION + ".");
      }
    }
    assertThat(http.getForEntity("/api/dashboard/rounds", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anUnknownRoundOrMovementIsNotFound() {
    for (String path :
        List.of(
            "/api/dashboard/rounds/round-1990",
            "/api/dashboard/rounds/round-1990/units.xlsx",
            "/api/dashboard/rounds/round-1990/nominations",
            "/api/dashboard/rounds/round-1990/nominations.xlsx")) {
      ResponseEntity<Map> missing = get("quanly", path, Map.class);
      assertThat(missing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat((String) missing.getBody().get("message"))
          .isEqualTo("Không có đợt thi đua \"round-1990\".");
    }
    ResponseEntity<Map> movement =
        get("quanly", "/api/dashboard/movements/khong-co/indicators", Map.class);
    assertThat(movement.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) movement.getBody().get("message"))
        .isEqualTo("Không có phong trào thi đua \"khong-co\".");
  }

  @Test
  void chartJsIsServedFromItsWebJar() {
    ResponseEntity<String> chart =
        http.getForEntity("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", String.class);
    assertThat(chart.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(chart.getBody()).contains("Chart.js v4.5.1");
    ResponseEntity<String> plugin =
        http.getForEntity("/camunda/thidua/thi-dua-cockpit.js", String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getBody())
        .contains("cockpit.route", "cockpit.navigation", "cockpit.dashboard");
  }

  // ---------------------------------------------------------------------------------------------

  private void submit(String unit, int poorStart, int poorEnd) {
    Map<String, Object> figures =
        RestTestSupport.districtFigures(poorStart, poorEnd, "Kết quả năm " + YEAR);
    figures.putAll(
        Map.of("meritPoorHouseholds", 2, "allowanceEntitled", 400, "allowanceReceiving", 400));
    complete(YEAR + "-" + unit, figures);
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(task.getId(), variables);
    runJobs(management);
  }

  private String nominate(String unit, String round, String awardForm, String nominee) {
    return RestTestSupport.nominate(http, management, unit, round, awardForm, nominee);
  }

  private void complete(String user, String key, String taskKey, Map<String, Object> variables) {
    assertThat(RestTestSupport.completeOverRest(http, tasks, management, user, key, variables))
        .isEqualTo(taskKey);
  }

  private static void at(LocalDateTime vietnamTime) {
    ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(VietnameseFormats.ZONE).toInstant()));
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return http.withBasicAuth(user, "demo").getForEntity(path, type);
  }

  private Sheet workbook(String user, String path) throws Exception {
    ResponseEntity<byte[]> answer = get(user, path, byte[].class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(DashboardApi.XLSX)).isTrue();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      return workbook.getSheetAt(0);
    }
  }

  /** The rows under the header row, by the text of one column. */
  private static Map<String, Row> rowsByColumn(Sheet sheet, int headerRow, int column) {
    Map<String, Row> rows = new java.util.LinkedHashMap<>();
    for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      if (row != null) {
        rows.put(cell(row, column), row);
      }
    }
    return rows;
  }

  private static String cell(Row row, int column) {
    return row.getCell(column) == null
        ? ""
        : new DataFormatter().formatCellValue(row.getCell(column));
  }

  private static Map<String, Map<String, Object>> byKey(
      List<Map<String, Object>> lines, String key) {
    Map<String, Map<String, Object>> map = new java.util.LinkedHashMap<>();
    lines.forEach(line -> map.put((String) line.get(key), line));
    return map;
  }

  private static List<String> kinds(Map<String, Object> unit) {
    List<String> kinds = new ArrayList<>();
    ((List<Map<String, Object>>) unit.get("notices"))
        .forEach(notice -> kinds.add((String) notice.get("kindText")));
    return kinds;
  }
}
