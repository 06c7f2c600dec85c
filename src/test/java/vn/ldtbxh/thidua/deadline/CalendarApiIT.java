package vn.ldtbxh.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;

/**
 * The calendar over HTTP: who reads it, who keeps it (the office alone, others refused before any
 * check), its Vietnamese refusals with nothing saved, the record of each change and the mark
 * "checked, no change". The year is this class's own ({@link TestYears}), its dates between March
 * and November so that no other class's deadline or cut-off meets them; its rows are removed at the
 * end.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class CalendarApiIT {

  static final int YEAR = TestYears.of(CalendarApiIT.class);
  static final String PATH = "/api/calendar/" + YEAR;
  static final List<String> OBSERVERS =
      List.of("thamdinh", "vanphong", "giamdoc", "quanly", "admin");
  static final List<String> NOT_THE_OFFICE =
      List.of("thamdinh", "giamdoc", "quanly", "admin", "hoidong", "dongxoai");

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired CalendarStore store;
  @Autowired WorkingDayCalendar calendar;

  @AfterAll
  void removeTheYear() {
    jdbc.update("delete from calendar_entry where cal_year = ?", YEAR);
    jdbc.update("delete from calendar_change where cal_year = ?", YEAR);
    jdbc.update("delete from calendar_year where cal_year = ?", YEAR);
    jdbc.update("update calendar_version set version = version + 1 where id = 1");
    store.reload();
  }

  ResponseEntity<Object> put(String user, String path, String json) {
    return http.withBasicAuth(user, "demo")
        .exchange(
            path,
            HttpMethod.PUT,
            json == null ? HttpEntity.EMPTY : RestTestSupport.json(json),
            Object.class);
  }

  static String message(ResponseEntity<Object> answer) {
    return (String) ((Map) answer.getBody()).get("message");
  }

  int changes() {
    return jdbc.queryForObject(
        "select count(*) from calendar_change where cal_year = ?", Integer.class, YEAR);
  }

  @Test
  @Order(1)
  void observersReadTheCalendarAndItsWarningOthersAreRefused() {
    for (String user : OBSERVERS) {
      ResponseEntity<List> year =
          http.withBasicAuth(user, "demo").getForEntity("/api/calendar/2025", List.class);
      assertThat(year.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat((List<Map>) year.getBody())
          .contains(
              Map.of(
                  "date",
                  "2025-09-01",
                  "kind",
                  "ADJACENT",
                  "note",
                  "Ngày nghỉ liền kề Quốc khánh 2025"));
      ResponseEntity<Map> coverage =
          http.withBasicAuth(user, "demo").getForEntity("/api/calendar", Map.class);
      assertThat(coverage.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat((List) coverage.getBody().get("years")).hasSize(2);
      List<?> missing = (List<?>) coverage.getBody().get("missing");
      assertThat(coverage.getBody().get("warning") == null).isEqualTo(missing.isEmpty());
      assertThat(coverage.getBody()).containsEntry("mayEdit", "vanphong".equals(user));
    }
    for (String user : List.of("hoidong", "dongxoai")) {
      ResponseEntity<Map> refused = http.withBasicAuth(user, "demo").getForEntity(PATH, Map.class);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message"))
          .contains("Bạn không có quyền xem lịch nghỉ lễ");
    }
    assertThat(http.getForEntity(PATH, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(2)
  void aYearNeitherFilledNorCheckedIsMissing() {
    Map record = http.withBasicAuth("quanly", "demo").getForObject(PATH + "/record", Map.class);
    assertThat(record)
        .containsEntry("year", YEAR)
        .containsEntry("status", "MISSING")
        .containsEntry("statusText", "Chưa cập nhật, chưa kiểm tra");
    assertThat((List) record.get("changes")).isEmpty();
    assertThat(http.withBasicAuth("quanly", "demo").getForObject(PATH, List.class)).isEmpty();
  }

  @Test
  @Order(3)
  void onlyTheOfficeChangesTheCalendarAndOthersAreRefusedBeforeAnyCheck() {
    int before = changes();
    for (String user : NOT_THE_OFFICE) {
      for (String path : List.of(PATH, "/api/calendar/khong-phai-nam", PATH + "/checked")) {
        ResponseEntity<Object> refused = put(user, path, "{not json");
        assertThat(refused.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(message(refused)).contains("chỉ Văn phòng Sở");
      }
    }
    assertThat(changes()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void badInputIsRefusedInVietnameseAndNothingIsSaved() {
    Map<String, String> refusals =
        Map.of("/api/calendar/hai-nghin", "năm phải là một số", PATH, "không thuộc năm " + YEAR);
    refusals.forEach(
        (path, text) -> {
          ResponseEntity<Object> refused =
              put(
                  "vanphong",
                  path,
                  "[{\"date\": \"%d-05-04\", \"kind\": \"OFF\"}]".formatted(YEAR + 1));
          assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(message(refused)).as(path).contains(text);
        });
    Map<String, String> bodies =
        Map.of(
            "được ghi hai lần",
            "[{\"date\": \"%1$d-05-04\", \"kind\": \"OFF\"}, {\"date\": \"%1$d-05-04\", \"kind\": \"WORK\"}]",
            "Loại ngày \"NGHI\" (mục thứ 2) không hợp lệ",
            "[{\"date\": \"%1$d-05-04\", \"kind\": \"OFF\"}, {\"date\": \"%1$d-05-05\", \"kind\": \"NGHI\"}]",
            "JSON không hợp lệ",
            "[{\"date\": ",
            "không đúng dạng năm-tháng-ngày",
            "[{\"date\": \"04/05/%1$d\", \"kind\": \"OFF\"}]",
            "phải là một danh sách",
            "{\"date\": \"%1$d-05-04\", \"kind\": \"OFF\"}");
    bodies.forEach(
        (text, body) -> {
          ResponseEntity<Object> refused = put("vanphong", PATH, body.formatted(YEAR));
          assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(message(refused)).as(body).contains(text);
        });
    assertThat(http.withBasicAuth("quanly", "demo").getForObject(PATH, List.class)).isEmpty();
    assertThat(changes()).isZero();
  }

  @Test
  @Order(5)
  void theOfficeReplacesTheYearAndTheChangeIsRecordedBesideIt() {
    String first =
        ("[{\"date\": \"%1$d-09-03\", \"kind\": \"ADJACENT\", \"note\": \"Thông báo thử\"},"
                + " {\"date\": \"%1$d-05-04\", \"kind\": \"OFF\", \"note\": \"Hoán đổi\"}]")
            .formatted(YEAR);
    ResponseEntity<Object> saved = put("vanphong", PATH, first);
    assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map>) saved.getBody())
        .extracting(entry -> entry.get("date"))
        .containsExactly(YEAR + "-05-04", YEAR + "-09-03");
    assertThat(store.coverage().status(YEAR)).isEqualTo(CalendarYearStatus.FILLED);

    ResponseEntity<Object> replaced =
        put(
            "vanphong",
            PATH,
            "[{\"date\": \"%d-05-04\", \"kind\": \"OFF\", \"note\": \"Hoán đổi\"}]"
                .formatted(YEAR));
    assertThat((List) replaced.getBody()).hasSize(1);

    Map record = http.withBasicAuth("giamdoc", "demo").getForObject(PATH + "/record", Map.class);
    assertThat(record)
        .containsEntry("status", "FILLED")
        .containsEntry("source", "OFFICE")
        .containsEntry("updatedBy", "vanphong")
        .containsEntry("mayEdit", false);
    List<Map> changes = (List<Map>) record.get("changes");
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0))
        .containsEntry("action", "REPLACE")
        .containsEntry("changedBy", "vanphong")
        .containsEntry("before", List.of());
    assertThat((List) changes.get(1).get("before")).hasSize(2);
    assertThat((List<Map>) changes.get(1).get("after"))
        .containsExactly(Map.of("date", YEAR + "-05-04", "kind", "OFF", "note", "Hoán đổi"));
    // the new table is in force on this node at once
    assertThat(calendar.overrides().isExtraDayOff(java.time.LocalDate.of(YEAR, 5, 4))).isTrue();
    assertThat(calendar.overrides().nationalDayAdjacentDay(YEAR)).isEmpty();
  }

  @Test
  @Order(6)
  void theOfficeMarksTheYearCheckedAndItIsRecorded() {
    ResponseEntity<Object> checked = put("vanphong", PATH + "/checked", null);
    assertThat(checked.getStatusCode()).as("%s", checked.getBody()).isEqualTo(HttpStatus.OK);
    Map record = (Map) checked.getBody();
    assertThat(record).containsEntry("checkedBy", "vanphong").containsKey("checkedAt");
    List<Map> changes = (List<Map>) record.get("changes");
    assertThat(changes.get(changes.size() - 1))
        .containsEntry("action", "CHECKED")
        .containsEntry("changedBy", "vanphong");
  }

  @Test
  @Order(7)
  void theCalendarIsDescribedInTheOpenApiDocument() {
    Map document = http.withBasicAuth("quanly", "demo").getForObject("/v3/api-docs", Map.class);
    Map<String, Map> paths = (Map<String, Map>) document.get("paths");
    assertThat(paths)
        .containsKeys(
            "/api/calendar",
            "/api/calendar/{year}",
            "/api/calendar/{year}/checked",
            "/api/calendar/{year}/record");
    assertThat(paths.get("/api/calendar/{year}")).containsKeys("get", "put");
    assertThat((String) ((Map) paths.get("/api/calendar/{year}").get("put")).get("description"))
        .contains("OFF", "WORK", "ADJACENT", "403 trước mọi kiểm tra");
    assertThat((String) ((Map) document.get("info")).get("description")).contains("lịch làm việc");
  }

  @Test
  @Order(8)
  void aChangeWrittenByAnotherNodeIsInForceAtTheNextCheckOfTheVersion() {
    java.time.LocalDate day = java.time.LocalDate.of(YEAR, 6, 1);
    // another node's change: the rows and the version, not this node's memory
    jdbc.update(
        "insert into calendar_entry (entry_date, cal_year, kind, note) values (?, ?, 'OFF', ?)",
        day,
        YEAR,
        "Nút khác");
    jdbc.update("update calendar_version set version = version + 1 where id = 1");
    // what the scheduled task does every thidua.deadlines.calendar-refresh (30 s); it may have run
    // already, which changes nothing here
    store.refresh();
    assertThat(calendar.overrides().isExtraDayOff(day)).isTrue();
    assertThat(store.loadedVersion())
        .isEqualTo(jdbc.queryForObject("select version from calendar_version", Long.class));
  }
}
