package vn.ldtbxh.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
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
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;

/**
 * Units and the names written on documents over HTTP: who reads them, who keeps them (the office;
 * others refused before any check), their checks in Vietnamese with nothing saved, the record of
 * each change. The units this class adds start in its own future year, so that no other class
 * sharing the application calls them; the names it records apply from 2149.
 */
@SharedApplication
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class UnitApiIT {

  static final int YEAR = TestYears.of(UnitApiIT.class);
  static final String CODE = "xa-moi-" + YEAR;
  static final String PATH = "/api/units";
  static final String NAMES = "/api/organization/names";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;

  ResponseEntity<Map> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").postForEntity(path, body, Map.class);
  }

  ResponseEntity<Map> put(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, json(body), Map.class);
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  static Map<String, Object> unit(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Ủy ban nhân dân xã Tân Lợi " + YEAR);
    body.put("kind", "DISTRICT");
    body.put("validFrom", YEAR + "-01-01");
    return body;
  }

  @Test
  @Order(1)
  void thoseWhoFollowTheRoundsReadUnitsAndNamesAndOthersDoNot() {
    for (String user : List.of("thamdinh", "vanphong", "giamdoc", "quanly", "admin")) {
      for (String path : List.of(PATH, NAMES)) {
        ResponseEntity<Map> answer = http.withBasicAuth(user, "demo").getForEntity(path, Map.class);
        assertThat(answer.getStatusCode()).as(user + path).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("mayEdit")).isEqualTo(user.equals("vanphong"));
      }
    }
    Map<String, Object> today =
        (Map<String, Object>)
            http.withBasicAuth("quanly", "demo")
                .getForEntity(NAMES, Map.class)
                .getBody()
                .get("today");
    assertThat(today).containsEntry("symbol", "LĐTBXH");
    for (String user : List.of("hoidong", "dongxoai")) {
      assertThat(http.withBasicAuth(user, "demo").getForEntity(PATH, Map.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(http.withBasicAuth(user, "demo").getForEntity(NAMES, Map.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  @Order(2)
  void onlyTheOfficeKeepsUnitsAndNamesAndOthersAreRefusedBeforeAnyCheck() {
    int units = count("unit");
    int names = count("organization_name");
    for (String user : List.of("thamdinh", "giamdoc", "quanly", "admin", "hoidong", "dongxoai")) {
      ResponseEntity<Map> refused = post(user, PATH, Map.of("code", "KHONG HOP LE"));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message")).contains("chỉ Văn phòng Sở");
      assertThat(put(user, PATH + "/dongxoai", Map.of("endedOn", "x")).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(user, NAMES, Map.of("kind", "X")).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(count("unit")).isEqualTo(units);
    assertThat(count("organization_name")).isEqualTo(names);
  }

  @Test
  @Order(3)
  void badUnitsAndNamesAreRefusedInVietnameseAndNothingIsSaved() {
    int units = count("unit");
    int names = count("organization_name");
    int changes = count("catalogue_change");
    refused(PATH, unit("dongxoai"), "Đã có đơn vị mã \"dongxoai\"");
    refused(PATH, unit("Xã Mới"), "Mã đơn vị \"Xã Mới\" không hợp lệ");
    Map<String, Object> kind = unit(CODE);
    kind.put("kind", "XA");
    refused(PATH, kind, "Loại đơn vị \"XA\" không hợp lệ");
    Map<String, Object> date = unit(CODE);
    date.put("validFrom", "01/01/" + YEAR);
    refused(PATH, date, "phải là một ngày theo dạng năm-tháng-ngày");
    Map<String, Object> extra = unit(CODE);
    extra.put("active", false);
    refused(PATH, extra, "Trường \"active\" không được nhận");
    refused(
        NAMES, Map.of("kind", "TINH", "name", "Đồng Nai", "validFrom", "2149-01-01"), "\"TINH\"");
    refused(
        NAMES,
        Map.of("kind", "DEPARTMENT", "name", "Sở khác", "validFrom", "1900-01-01"),
        "nằm ngoài khoảng năm 1950–2150");
    assertThat(count("unit")).isEqualTo(units);
    assertThat(count("organization_name")).isEqualTo(names);
    assertThat(count("catalogue_change")).isEqualTo(changes);
  }

  private void refused(String path, Map<String, Object> body, String message) {
    ResponseEntity<Map> answer = post("vanphong", path, body);
    assertThat(answer.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).contains(message);
  }

  @Test
  @Order(4)
  void theOfficeAddsRenamesAndEndsAUnitAndEveryChangeIsRecorded() {
    ResponseEntity<Map> created = post("vanphong", PATH, unit(CODE));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("active")).isEqualTo(false); // it starts next years
    assertThat(identity.createGroupQuery().groupId("unit-" + CODE).count()).isEqualTo(1);

    String path = PATH + "/" + CODE;
    ResponseEntity<Map> early =
        put("vanphong", path, Map.of("name", "Tên mới", "validFrom", (YEAR - 1) + "-06-01"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) early.getBody().get("message")).contains("không ghi đè tên đã có");
    ResponseEntity<Map> both =
        put("vanphong", path, Map.of("name", "Tên mới", "endedOn", (YEAR + 1) + "-01-01"));
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map> renamed =
        put(
            "vanphong",
            path,
            Map.of("name", "Ủy ban nhân dân phường Tân Lợi " + YEAR, "validFrom", YEAR + "-07-01"));
    assertThat(renamed.getStatusCode()).as("%s", renamed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) renamed.getBody().get("names"))
        .extracting(n -> n.get("validFrom") + " " + n.get("name"))
        .containsExactly(
            YEAR + "-01-01 Ủy ban nhân dân xã Tân Lợi " + YEAR,
            YEAR + "-07-01 Ủy ban nhân dân phường Tân Lợi " + YEAR);

    ResponseEntity<Map> self =
        put("vanphong", path, Map.of("endedOn", (YEAR + 2) + "-01-01", "successor", CODE));
    assertThat((String) self.getBody().get("message")).contains("không thể kế thừa chính nó");
    ResponseEntity<Map> ended =
        put("vanphong", path, Map.of("endedOn", (YEAR + 2) + "-01-01", "successor", "budang"));
    assertThat(ended.getStatusCode()).as("%s", ended.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(ended.getBody())
        .containsEntry("endedOn", (YEAR + 2) + "-01-01")
        .containsEntry("successor", "budang");
    ResponseEntity<Map> again = put("vanphong", path, Map.of("endedOn", (YEAR + 3) + "-01-01"));
    assertThat((String) again.getBody().get("message")).contains("đã kết thúc từ ngày");
    List<Map<String, Object>> changes = (List<Map<String, Object>>) ended.getBody().get("changes");
    assertThat(changes).hasSize(3);
    assertThat(changes).allSatisfy(c -> assertThat(c.get("changedBy")).isEqualTo("vanphong"));
    assertThat(changes.get(0).get("before")).isNull();
    assertThat(put("vanphong", PATH + "/khong-co", Map.of("endedOn", "2030-01-01")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Order(5)
  void theOfficeRecordsANameFromADateWithoutOverwritingTheOldOne() {
    ResponseEntity<Map> added =
        post(
            "vanphong",
            NAMES,
            Map.of("kind", "PROVINCE", "name", "Đồng Nai", "validFrom", "2149-01-01"));
    assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> again =
        post(
            "vanphong",
            NAMES,
            Map.of("kind", "PROVINCE", "name", "Tỉnh khác", "validFrom", "2149-01-01"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) again.getBody().get("message")).contains("không ghi đè");
    Map<String, Object> list =
        http.withBasicAuth("quanly", "demo").getForEntity(NAMES, Map.class).getBody();
    assertThat((Map<String, Object>) list.get("today")).containsEntry("province", "Bình Phước");
    assertThat((List<Map<String, Object>>) list.get("names"))
        .extracting(n -> n.get("kind") + " " + n.get("validFrom") + " " + n.get("name"))
        .contains("PROVINCE 1900-01-01 Bình Phước", "PROVINCE 2149-01-01 Đồng Nai");
    List<Map<String, Object>> changes =
        (List<Map<String, Object>>) ((Map<String, Object>) list.get("changes")).get("PROVINCE");
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.get("before")).isEqualTo(Map.of("name", "Bình Phước"));
              assertThat(c.get("changedBy")).isEqualTo("vanphong");
            });
  }
}
