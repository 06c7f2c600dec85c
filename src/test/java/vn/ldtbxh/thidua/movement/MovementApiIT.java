package vn.ldtbxh.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.json;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * Movements and their targets over HTTP: who reads and who keeps them (social protection and the
 * office; others refused before any check), their checks in Vietnamese with nothing saved, the
 * record of each change; then a movement created through the API for coming years, its round opened
 * with the default deadline, a district's own target set for the year and its accepted figures
 * measured against it in the Cockpit's indicators.
 */
@SharedApplication
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class MovementApiIT {

  static final int YEAR = TestYears.of(MovementApiIT.class);
  static final String CODE = "giam-ngheo-" + YEAR;
  static final String ROUND = "round-" + YEAR;
  static final String PATH = "/api/movements";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RoundRepository rounds;
  @Autowired DeadlineCalculator deadlines;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  static Map<String, Object> movement(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Chung tay vì người nghèo giai đoạn " + YEAR + "–" + (YEAR + 4));
    body.put("planNumber", "25/KH-SYT");
    body.put("planDate", (YEAR - 1) + "-12-20");
    body.put("firstYear", YEAR);
    body.put("lastYear", YEAR + 4);
    body.put("unitCodes", List.of("budang", "dongphu", "btxh"));
    return body;
  }

  ResponseEntity<Map> post(String user, Object body) {
    return http.withBasicAuth(user, "demo").postForEntity(PATH, body, Map.class);
  }

  ResponseEntity<Map> put(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, json(body), Map.class);
  }

  int movements() {
    return jdbc.queryForObject("select count(*) from movement", Integer.class);
  }

  int changes() {
    return jdbc.queryForObject("select count(*) from catalogue_change", Integer.class);
  }

  Map<String, Object> find(String code) {
    ResponseEntity<Map> list = http.withBasicAuth("quanly", "demo").getForEntity(PATH, Map.class);
    return ((List<Map<String, Object>>) list.getBody().get("movements"))
        .stream().filter(m -> m.get("code").equals(code)).findFirst().orElse(null);
  }

  @Test
  @Order(1)
  void thoseWhoFollowTheRoundsReadTheMovementsAndUnitsDoNot() {
    for (String user : List.of("thamdinh", "vanphong", "giamdoc", "quanly", "admin")) {
      ResponseEntity<Map> answer = http.withBasicAuth(user, "demo").getForEntity(PATH, Map.class);
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody().get("mayEdit"))
          .as(user)
          .isEqualTo(user.equals("thamdinh") || user.equals("vanphong"));
    }
    Map<String, Object> plan179 = find("vi-nguoi-ngheo-2018-2020");
    assertThat(plan179.get("planReference")).isEqualTo("Kế hoạch số 179/KH-LĐTBXH ngày 12/7/2018");
    assertThat((List<String>) plan179.get("unitCodes")).contains("dongxoai", "btxh", "ttbtxh");
    assertThat((List<Map<String, Object>>) plan179.get("targets"))
        .extracting(t -> t.get("indicator") + "=" + t.get("target"))
        .containsExactly(
            "POVERTY_RATE_FALL=0.5",
            "ALLOWANCE_COVERAGE=100.0",
            "MERIT_POOR_HOUSEHOLDS=0",
            "CHILDREN_PROTECTED=100.0");
    ResponseEntity<Map> unit = http.withBasicAuth("dongxoai", "demo").getForEntity(PATH, Map.class);
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) unit.getBody().get("message"))
        .isEqualTo("Bạn không có quyền xem danh sách phong trào thi đua.");
    assertThat(http.getForEntity(PATH, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(2)
  void onlySocialProtectionAndTheOfficeKeepMovementsAndOthersAreRefusedBeforeAnyCheck() {
    int before = movements();
    for (String user : List.of("giamdoc", "quanly", "admin", "hoidong", "dongxoai")) {
      ResponseEntity<Map> refused = post(user, Map.of("code", "KHONG HOP LE"));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message"))
          .contains("chỉ Phòng Bảo trợ xã hội, Văn phòng Sở");
      ResponseEntity<Map> refusedChange =
          put(user, PATH + "/vi-nguoi-ngheo-2018-2020", Map.of("firstYear", "x"));
      assertThat(refusedChange.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(movements()).isEqualTo(before);
  }

  @Test
  @Order(3)
  void badMovementsAreRefusedInVietnameseAndNothingIsSaved() {
    int before = movements();
    int changesBefore = changes();
    Map<String, Object> duplicate = movement("vi-nguoi-ngheo-2018-2020");
    Map<String, Object> reversed = movement(CODE);
    reversed.put("firstYear", YEAR + 5);
    Map<String, Object> tooLong = movement(CODE);
    tooLong.put("lastYear", YEAR + 12);
    Map<String, Object> notANumber = movement(CODE);
    notANumber.put("targets", List.of(Map.of("indicator", "POVERTY_RATE_FALL", "target", "nửa")));
    Map<String, Object> unknownIndicator = movement(CODE);
    unknownIndicator.put("targets", List.of(Map.of("indicator", "HO_NGHEO", "target", 1)));
    Map<String, Object> twice = movement(CODE);
    twice.put(
        "targets",
        List.of(
            Map.of("indicator", "ALLOWANCE_COVERAGE", "target", 95),
            Map.of("indicator", "ALLOWANCE_COVERAGE", "target", 98)));
    Map<String, Object> overHundred = movement(CODE);
    overHundred.put("targets", List.of(Map.of("indicator", "ALLOWANCE_COVERAGE", "target", 120)));
    Map<String, Object> unknownUnit = movement(CODE);
    unknownUnit.put("unitCodes", List.of("budang", "khong-co"));
    Map<String, Object> noUnits = movement(CODE);
    noUnits.put("unitCodes", List.of());
    Map<String, Object> badCode = movement("Giảm Nghèo");
    Map<String, Object> extra = movement(CODE);
    extra.put("leadGroup", "camunda-admin");
    Map<String, Object> badDate = movement(CODE);
    badDate.put("planDate", "20/12/2040");
    send(duplicate, "Đã có phong trào mã \"vi-nguoi-ngheo-2018-2020\"");
    send(reversed, "Năm bắt đầu " + (YEAR + 5) + " sau năm kết thúc " + (YEAR + 4));
    send(tooLong, "một phong trào kéo dài nhiều nhất 10 năm");
    send(notANumber, "Mục tiêu \"Mức giảm tỷ lệ hộ nghèo\" phải là một số, không phải \"nửa\"");
    send(unknownIndicator, "Không có chỉ tiêu \"HO_NGHEO\"");
    send(twice, "có hai mục tiêu");
    send(overHundred, "phải trong khoảng 0–100 %");
    send(unknownUnit, "Không có đơn vị mã \"khong-co\"");
    send(noUnits, "Chưa chọn đơn vị nào tham gia phong trào");
    send(badCode, "Mã phong trào \"Giảm Nghèo\" không hợp lệ");
    send(extra, "Trường \"leadGroup\" không thuộc phong trào");
    send(badDate, "Ngày kế hoạch (planDate) phải là một ngày theo dạng năm-tháng-ngày");
    assertThat(movements()).isEqualTo(before);
    assertThat(changes()).isEqualTo(changesBefore);
  }

  private void send(Map<String, Object> body, String message) {
    ResponseEntity<Map> refused = post("thamdinh", body);
    assertThat(refused.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains(message);
  }

  @Test
  @Order(4)
  void socialProtectionCreatesAMovementWithThePlansTargetsByDefaultAndTheOfficeEditsIt() {
    ResponseEntity<Map> created = post("thamdinh", movement(CODE));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("planReference"))
        .isEqualTo("Kế hoạch số 25/KH-SYT ngày 20/12/" + (YEAR - 1));
    assertThat((List<Map<String, Object>>) created.getBody().get("targets"))
        .extracting(t -> t.get("indicator") + "=" + t.get("target"))
        .containsExactly(
            "POVERTY_RATE_FALL=0.5",
            "ALLOWANCE_COVERAGE=100.0",
            "MERIT_POOR_HOUSEHOLDS=0",
            "CHILDREN_PROTECTED=100.0");
    assertThat((List<Map<String, Object>>) created.getBody().get("changes"))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.get("changedBy")).isEqualTo("thamdinh");
              assertThat(change.get("before")).isNull();
            });

    Map<String, Object> edited = movement(CODE);
    edited.put("name", "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau");
    edited.put("targets", List.of(Map.of("indicator", "POVERTY_RATE_FALL", "target", "0,8")));
    ResponseEntity<Map> updated = put("vanphong", PATH + "/" + CODE, edited);
    assertThat(updated.getStatusCode()).as("%s", updated.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) updated.getBody().get("targets"))
        .extracting(t -> t.get("indicator") + "=" + t.get("target"))
        .startsWith("POVERTY_RATE_FALL=0.8");
    List<Map<String, Object>> changes =
        (List<Map<String, Object>>) updated.getBody().get("changes");
    assertThat(changes).hasSize(2);
    assertThat(changes.get(1).get("changedBy")).isEqualTo("vanphong");
    assertThat(((Map<String, Object>) changes.get(1).get("before")).get("name"))
        .isEqualTo(movement(CODE).get("name"));
    assertThat(((Map<String, Object>) changes.get(1).get("after")).get("name"))
        .isEqualTo(edited.get("name"));

    Map<String, Object> renamedCode = movement("ma-khac");
    ResponseEntity<Map> refused = put("vanphong", PATH + "/" + CODE, renamedCode);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Không đổi được mã phong trào");
    assertThat(put("vanphong", PATH + "/khong-co", movement("khong-co")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Order(5)
  void itsRoundOpensWithTheDefaultDeadlineForItsOwnUnitsOnly() {
    ResponseEntity<Map> stranger = startRound(Map.of("unitCodes", value("budang,locninh")));
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) stranger.getBody().get("message"))
        .contains("không tham gia phong trào", "Lộc Ninh");
    assertThat(rounds.exists(ROUND)).isFalse();

    ResponseEntity<Map> started = startRound(Map.of());
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    runJobs(management);
    assertThat(rounds.findByKey(ROUND).orElseThrow().deadline())
        .isEqualTo(deadlines.defaultDeadlineDate(YEAR));
    assertThat(rounds.unitCodes(ROUND)).containsExactlyInAnyOrder("budang", "dongphu", "btxh");

    Map<String, Object> shortened = movement(CODE);
    shortened.put("firstYear", YEAR + 1);
    ResponseEntity<Map> refused = put("thamdinh", PATH + "/" + CODE, shortened);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("Đã mở đợt thi đua năm " + YEAR + " của phong trào");
  }

  private ResponseEntity<Map> startRound(Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put("movement", value(CODE));
    variables.put("year", value(YEAR));
    return http.withBasicAuth("thamdinh", "demo")
        .exchange(
            "/engine-rest/process-definition/key/emulation-round/start",
            HttpMethod.POST,
            json(Map.of("variables", variables)),
            Map.class);
  }

  @Test
  @Order(6)
  void aDistrictsOwnTargetIsSetForTheYearAndItsFiguresAreMeasuredAgainstIt() {
    String path = "/api/rounds/" + ROUND + "/targets";
    for (String user : List.of("vanphong", "giamdoc", "quanly", "admin", "budang")) {
      ResponseEntity<Map> refused = put(user, path, List.of(Map.of("unitCode", "x")));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message")).contains("chỉ Phòng Bảo trợ xã hội");
    }
    assertRefused(path, Map.of("unitCode", "locninh"), "không tham gia đợt thi đua " + ROUND);
    assertRefused(path, Map.of("unitCode", "btxh"), "không phải đơn vị cấp huyện");
    assertRefused(
        path,
        Map.of("unitCode", "budang", "indicator", "POVERTY_RATE_FALL", "target", "một"),
        "phải là một số");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from round_target where round_key = ?", Integer.class, ROUND))
        .isZero();

    ResponseEntity<Map> set =
        put(
            "thamdinh",
            path,
            List.of(Map.of("unitCode", "budang", "indicator", "POVERTY_RATE_FALL", "target", 1.2)));
    assertThat(set.getStatusCode()).as("%s", set.getBody()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> units = (List<Map<String, Object>>) set.getBody().get("units");
    assertThat(units).extracting(u -> u.get("unitCode")).containsExactly("budang", "dongphu");
    assertThat(((Map<String, Object>) units.get(0).get("targets")).get("POVERTY_RATE_FALL"))
        .isEqualTo(1.2);
    assertThat(((Map<String, Object>) units.get(1).get("targets")).get("POVERTY_RATE_FALL"))
        .isEqualTo(0.8);
    assertThat((List<?>) set.getBody().get("changes")).hasSize(1);

    // both districts' poverty rate falls by 1 point (10,000 households, 500 to 400 poor)
    for (String unit : List.of("budang", "dongphu")) {
      Map<String, Object> figures = RestTestSupport.districtFigures(500, 400, "Kết quả " + unit);
      figures.put("householdsTotal", 10000);
      complete(YEAR + "-" + unit, figures);
      complete(YEAR + "-" + unit, Map.of("reviewOutcome", "APPROVED"));
    }
    ResponseEntity<Map> indicators =
        http.withBasicAuth("quanly", "demo")
            .getForEntity("/api/dashboard/movements/" + CODE + "/indicators", Map.class);
    assertThat(indicators.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> districts =
        (List<Map<String, Object>>) indicators.getBody().get("districts");
    assertThat(districts).extracting(d -> d.get("unitCode")).containsExactly("budang", "dongphu");
    Map<String, Object> budang = ((List<Map<String, Object>>) districts.get(0).get("years")).get(0);
    Map<String, Object> dongphu =
        ((List<Map<String, Object>>) districts.get(1).get("years")).get(0);
    assertThat(budang.get("fallPoints")).isEqualTo(1.0);
    assertThat(((Map<String, Object>) budang.get("targets")).get("POVERTY_RATE_FALL"))
        .isEqualTo(1.2);
    assertThat(budang.get("fallMet")).isEqualTo(false);
    assertThat(dongphu.get("fallMet")).isEqualTo(true);
  }

  @Test
  @Order(7)
  void theStartFormsOfferTheRunningMovementsAndTheUnitsOpenRoundsFromData() {
    // a movement running this year (no round of it is opened here)
    int thisYear = java.time.Year.now(vn.ldtbxh.thidua.deadline.VietnamTime.VN_ZONE).getValue();
    Map<String, Object> running = movement("dang-dien-ra-" + YEAR);
    running.put("firstYear", thisYear);
    running.put("lastYear", thisYear + 1);
    running.put("planDate", thisYear + "-01-05");
    running.put("unitCodes", List.of("btxh", "dongxoai"));
    assertThat(post("vanphong", running).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> roundForm = startForm("thamdinh", "emulation-round");
    Map<String, Object> movement = component(roundForm, "movement");
    assertThat(movement).doesNotContainKey("valuesKey");
    assertThat((List<Map<String, Object>>) movement.get("values"))
        .extracting(v -> v.get("value"))
        .contains("dang-dien-ra-" + YEAR)
        .doesNotContain("vi-nguoi-ngheo-2018-2020", CODE);
    assertThat(component(roundForm, "year").get("defaultValue")).isEqualTo(thisYear);
    assertThat((List<Map<String, Object>>) component(roundForm, "unitCodes").get("values"))
        .extracting(v -> v.get("value"))
        .contains("dongxoai", "btxh");

    Map<String, Object> budang = startForm("budang", "award-nomination");
    assertThat((List<Map<String, Object>>) component(budang, "roundKey").get("values"))
        .extracting(v -> v.get("value"))
        .contains(ROUND);
    Map<String, Object> unit = component(budang, "unitCode");
    assertThat((List<Map<String, Object>>) unit.get("values"))
        .extracting(v -> v.get("value"))
        .containsExactly("budang");
    assertThat(unit.get("defaultValue")).isEqualTo("budang");
    assertThat(unit.get("readonly")).isEqualTo(true);
    // Lộc Ninh is not a unit of this movement: the round is not offered to it
    assertThat(
            (List<Map<String, Object>>)
                component(startForm("locninh", "award-nomination"), "roundKey").get("values"))
        .extracting(v -> v.get("value"))
        .doesNotContain(ROUND);
  }

  private Map<String, Object> startForm(String user, String process) {
    ResponseEntity<Map> form =
        http.withBasicAuth(user, "demo")
            .getForEntity(
                "/engine-rest/process-definition/key/" + process + "/deployed-start-form",
                Map.class);
    assertThat(form.getStatusCode()).as("%s %s", user, process).isEqualTo(HttpStatus.OK);
    return form.getBody();
  }

  private static Map<String, Object> component(Map<String, Object> form, String key) {
    return ((List<Map<String, Object>>) form.get("components"))
        .stream().filter(c -> key.equals(c.get("key"))).findFirst().orElseThrow();
  }

  private void assertRefused(String path, Map<String, Object> entry, String message) {
    ResponseEntity<Map> refused = put("thamdinh", path, List.of(entry));
    assertThat(refused.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains(message);
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(task.getId(), variables);
    runJobs(management);
  }
}
