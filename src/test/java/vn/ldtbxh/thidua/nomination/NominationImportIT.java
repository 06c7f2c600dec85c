package vn.ldtbxh.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * A unit's list of nominees imported from .xlsx: a good list of fifty makes fifty nominations; a
 * list with two bad rows makes none and names both; a file that is not .xlsx, another unit's list
 * and a round the unit is not called to are refused.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class NominationImportIT {

  static final int YEAR = TestYears.of(NominationImportIT.class);
  static final String ROUND = "round-" + YEAR;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @BeforeAll
  void aRoundOfTwoDistricts() {
    RestTestSupport.openRound(
        movements, runtime, management, "kiem-thu-danh-sach", YEAR, "budang,dongphu");
  }

  int nominations(String unit) {
    return jdbc.queryForObject(
        "select count(*) from nomination where round_key = ? and unit_code = ?",
        Integer.class,
        ROUND,
        unit);
  }

  static byte[] workbook(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook workbook =
            new XSSFWorkbook(new ByteArrayInputStream(NominationSheet.template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i + 1);
        for (int c = 0; c < rows.get(i).size(); c++) {
          row.createCell(c).setCellValue(rows.get(i).get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static List<String> person(int i) {
    return List.of(
        "Cá nhân",
        "Nguyễn Văn Thành " + i,
        "Chuyên viên",
        i % 2 == 0 ? "Giấy khen của Giám đốc Sở" : "GIAY_KHEN_GIAM_DOC",
        "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR + ".",
        "07/BB",
        "Không",
        i % 3 == 0 ? "Nữ" : "Nam",
        "1985");
  }

  ResponseEntity<Map> upload(String user, String unit, byte[] content, String roundKey) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return "danh-sach.xlsx";
          }
        });
    body.add("roundKey", roundKey);
    body.add("submissionNumber", "15/TTr-" + unit);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo")
        .postForEntity(
            "/api/units/" + unit + "/nominations/import",
            new HttpEntity<>(body, headers),
            Map.class);
  }

  @Test
  void theTemplateHasTheColumnsInOrder() throws Exception {
    ResponseEntity<byte[]> template =
        http.withBasicAuth("budang", "demo")
            .getForEntity("/api/nominations/template.xlsx", byte[].class);
    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Đối tượng (Tập thể/Cá nhân)");
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(8).getStringCellValue())
          .isEqualTo("Năm sinh");
      assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("GIAY_KHEN_GIAM_DOC");
    }
  }

  @Test
  void aGoodListOfFiftyMakesFiftyNominations() throws Exception {
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(
        List.of(
            "Tập thể",
            "Tổ Lao động - Thương binh và Xã hội xã Đoàn Kết",
            "",
            "Giấy khen của Giám đốc Sở",
            "Hoàn thành xuất sắc nhiệm vụ.",
            "07/BB",
            ""));
    for (int i = 2; i <= 50; i++) {
      rows.add(person(i));
    }
    int before = nominations("budang");
    ResponseEntity<Map> imported = upload("budang", "budang", workbook(rows), ROUND);
    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(imported.getBody().get("count")).isEqualTo(50);
    assertThat(nominations("budang")).isEqualTo(before + 50);
    Map<String, Object> list =
        jdbc.queryForMap(
            "select * from nomination_list where id = ?",
            ((Number) imported.getBody().get("listId")).longValue());
    assertThat(list.get("SUBMISSION_NUMBER")).isEqualTo("15/TTr-budang");
    assertThat(list.get("ROW_COUNT")).isEqualTo(50);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from nomination where round_key = ? and nominee_gender = 'NU'"
                    + " and nominee_birth_year = 1985",
                Integer.class,
                ROUND))
        .isEqualTo(16);
  }

  @Test
  void aListWithTwoBadRowsMakesNoneAndNamesBoth() throws Exception {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      rows.add(person(i));
    }
    rows.set(1, List.of("Nhóm", "Tên", "", "GIAY_KHEN_GIAM_DOC", "Thành tích", "07/BB", ""));
    rows.set(4, List.of("Cá nhân", "Lê Thị Hoa", "", "Huân chương Lao động", "", "07/BB", ""));
    int before = nominations("dongphu");
    ResponseEntity<Map> refused = upload("dongphu", "dongphu", workbook(rows), ROUND);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = (String) refused.getBody().get("message");
    assertThat(message)
        .contains(
            "chưa hồ sơ nào được tạo",
            "Dòng 3, cột A (Đối tượng): \"Nhóm\"",
            "Dòng 6, cột D (Hình thức khen thưởng): \"Huân chương Lao động\"")
        .doesNotContain("Dòng 2", "Dòng 4");
    assertThat(nominations("dongphu")).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotAnXlsxAnotherUnitsListAndARoundTheUnitIsNotInAreRefused() throws Exception {
    ResponseEntity<Map> text =
        upload(
            "dongphu",
            "dongphu",
            "Tập thể;Tên".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            ROUND);
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) text.getBody().get("message")).contains("không phải bảng tính Excel .xlsx");

    byte[] good = workbook(List.of(person(1)));
    ResponseEntity<Map> other = upload("dongphu", "budang", good, ROUND);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) other.getBody().get("message")).contains("đơn vị mình");

    int before = nominations("locninh");
    ResponseEntity<Map> stranger = upload("locninh", "locninh", good, ROUND);
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) stranger.getBody().get("message"))
        .contains("Dòng 2:", "không được triệu tập vào đợt thi đua " + ROUND);
    assertThat(nominations("locninh")).isEqualTo(before);
  }
}
