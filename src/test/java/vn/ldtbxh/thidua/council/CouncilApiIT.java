package vn.ldtbxh.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.SharedApplication;

/**
 * The council's roster over HTTP: who reads it, who keeps it (the office alone, refused before any
 * check), its checks in Vietnamese, and the record of each change. The periods are in the 1990s:
 * the tests sharing the application vote today and later, where this roster must not count.
 */
@SharedApplication
@SuppressWarnings({"rawtypes", "unchecked"})
class CouncilApiIT {

  static final String PATH = "/api/council/members";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  ResponseEntity<Map> post(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").postForEntity(PATH, body, Map.class);
  }

  int members() {
    return jdbc.queryForObject("select count(*) from council_member", Integer.class);
  }

  @Test
  void everyoneWhoFollowsTheRoundsAndTheCouncilReadTheRosterAndUnitsDoNot() {
    for (String user : List.of("thamdinh", "vanphong", "giamdoc", "quanly", "admin", "hoidong")) {
      ResponseEntity<Map> answer = http.withBasicAuth(user, "demo").getForEntity(PATH, Map.class);
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).containsKeys("date", "size", "members");
    }
    ResponseEntity<Map> unit = http.withBasicAuth("dongxoai", "demo").getForEntity(PATH, Map.class);
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) unit.getBody().get("message"))
        .contains("Bạn không có quyền xem danh sách thành viên Hội đồng");
    assertThat(http.getForEntity(PATH, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void onlyTheOfficeKeepsTheRosterAndOthersAreRefusedBeforeAnyCheck() {
    int before = members();
    for (String user : List.of("thamdinh", "giamdoc", "quanly", "admin", "hoidong", "dongxoai")) {
      ResponseEntity<Map> refused = post(user, Map.of("role", "KHONG_CO"));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message")).contains("chỉ Văn phòng Sở");
    }
    assertThat(members()).isEqualTo(before);
  }

  @Test
  void theOfficeAddsAMemberAndTheChangeIsRecordedBesideIt() {
    ResponseEntity<Map> added =
        post(
            "vanphong",
            Map.of(
                "name", "Hồ Văn Tâm",
                "position", "Phó Giám đốc Sở",
                "role", "PHO_CHU_TICH",
                "from", "1991-01-01",
                "to", "1995-12-31"));
    assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody())
        .containsEntry("name", "Hồ Văn Tâm")
        .containsEntry("role", "PHO_CHU_TICH")
        .containsEntry("roleName", "Phó Chủ tịch")
        .containsEntry("from", "1991-01-01")
        .containsEntry("to", "1995-12-31")
        .containsEntry("servingToday", false);
    List<Map> changes = (List<Map>) added.getBody().get("changes");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0)).containsEntry("changedBy", "vanphong").containsEntry("before", null);
    assertThat((Map) changes.get(0).get("after")).containsEntry("position", "Phó Giám đốc Sở");

    List<Map> listed =
        (List<Map>)
            http.withBasicAuth("hoidong", "demo").getForObject(PATH, Map.class).get("members");
    assertThat(listed)
        .anySatisfy(
            m -> {
              assertThat(m).containsEntry("name", "Hồ Văn Tâm");
              assertThat((List) m.get("changes")).hasSize(1);
            });
  }

  @Test
  void theOfficeRecordsAMembersLastDayAndTheChangeKeepsBeforeAndAfter() {
    ResponseEntity<Map> added =
        post(
            "vanphong",
            Map.of(
                "name", "Giáp Văn Xuân",
                "position", "Trưởng phòng",
                "role", "UY_VIEN",
                "from", "1985-01-01",
                "to", "1989-12-31"));
    Object id = added.getBody().get("id");
    String path = PATH + "/" + id + "/end";

    ResponseEntity<Map> refused =
        http.withBasicAuth("thamdinh", "demo")
            .postForEntity(path, Map.of("to", "1986-06-30"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> early =
        http.withBasicAuth("vanphong", "demo")
            .postForEntity(path, Map.of("to", "1984-06-30"), Map.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) early.getBody().get("message"))
        .contains("trước ngày Giáp Văn Xuân bắt đầu tham gia Hội đồng (01/01/1985)");
    assertThat(
            http.withBasicAuth("vanphong", "demo")
                .postForEntity(PATH + "/999999/end", Map.of("to", "1986-06-30"), Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map> ended =
        http.withBasicAuth("vanphong", "demo")
            .postForEntity(path, Map.of("to", "1986-06-30"), Map.class);
    assertThat(ended.getStatusCode()).as("%s", ended.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(ended.getBody()).containsEntry("to", "1986-06-30");
    List<Map> changes = (List<Map>) ended.getBody().get("changes");
    assertThat(changes).hasSize(2);
    assertThat((Map) changes.get(1).get("before")).containsEntry("to", "1989-12-31");
    assertThat((Map) changes.get(1).get("after")).containsEntry("to", "1986-06-30");
    assertThat(changes.get(1)).containsEntry("changedBy", "vanphong");
  }

  @Test
  void badInputIsRefusedInVietnameseAndNothingIsSaved() {
    post(
        "vanphong",
        Map.of(
            "name", "Quách Thị Uyên",
            "position", "Chánh Văn phòng Sở",
            "role", "CHU_TICH",
            "from", "1996-01-01",
            "to", "1999-12-31"));
    int before = members();
    Map<String, String> refusals =
        Map.of(
            "Vai trò \"GIAM_DOC\" không có trong Hội đồng",
            "{\"name\":\"A\",\"position\":\"B\",\"role\":\"GIAM_DOC\",\"from\":\"1996-01-01\"}",
            "năm-tháng-ngày (yyyy-MM-dd)",
            "{\"name\":\"A\",\"position\":\"B\",\"role\":\"UY_VIEN\",\"from\":\"01/01/1996\"}",
            "trước ngày bắt đầu",
            "{\"name\":\"A\",\"position\":\"B\",\"role\":\"UY_VIEN\",\"from\":\"1996-01-01\","
                + "\"to\":\"1995-01-01\"}",
            "Thiếu Chức vụ (position)",
            "{\"name\":\"A\",\"role\":\"UY_VIEN\",\"from\":\"1996-01-01\"}",
            "đã là thành viên Hội đồng trong thời gian này",
            "{\"name\":\"Quách Thị Uyên\",\"position\":\"B\",\"role\":\"UY_VIEN\","
                + "\"from\":\"1998-01-01\"}",
            "Hội đồng đã có Chủ tịch là Quách Thị Uyên",
            "{\"name\":\"Kha Văn Vĩnh\",\"position\":\"B\",\"role\":\"CHU_TICH\","
                + "\"from\":\"1997-06-01\",\"to\":\"1997-12-31\"}");
    refusals.forEach(
        (message, json) -> {
          ResponseEntity<Map> refused =
              http.withBasicAuth("vanphong", "demo")
                  .postForEntity(PATH, vn.ldtbxh.thidua.RestTestSupport.json(json), Map.class);
          assertThat(refused.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat((String) refused.getBody().get("message")).as(json).contains(message);
        });
    assertThat(members()).isEqualTo(before);
  }
}
