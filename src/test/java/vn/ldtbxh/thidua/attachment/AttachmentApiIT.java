package vn.ldtbxh.thidua.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.MultiValueMap;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * Attachments of a report: the unit uploads a scanned PDF, whoever may read the dossier downloads
 * it; a file that is not PDF/JPEG/PNG (whatever its name), one over 10 MB, or another unit's upload
 * is refused with a Vietnamese message and nothing is stored.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentApiIT {

  static final int YEAR = TestYears.of(AttachmentApiIT.class);
  static final String REPORT = YEAR + "-locninh";
  static final String BASE = "/api/dossiers/report/" + REPORT + "/attachments";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void openRound() {
    RestTestSupport.openRound(movements, runtime, management, "kiem-thu-dinh-kem", YEAR, "locninh");
  }

  @Test
  void theUnitUploadsAScanAndReadersDownloadIt() {
    ResponseEntity<List> uploaded = upload("locninh", "bao-cao-da-ky.pdf", PDF);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> attachment =
        (Map<String, Object>) uploaded.getBody().get(uploaded.getBody().size() - 1);
    assertThat(attachment)
        .containsEntry("contentType", "application/pdf")
        .containsEntry("uploadedBy", "locninh");
    String download = BASE + "/" + attachment.get("id");
    for (String reader : List.of("locninh", "thamdinh", "quanly")) {
      ResponseEntity<byte[]> file =
          http.withBasicAuth(reader, "demo").getForEntity(download, byte[].class);
      assertThat(file.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody()).isEqualTo(PDF);
    }
    assertThat(
            http.withBasicAuth("budang", "demo")
                .getForEntity(download, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("budang", "demo").getForEntity(BASE, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusedUploadsStoreNothing() {
    int before = jdbc.queryForObject("select count(*) from attachment", Integer.class);
    ResponseEntity<Map> textAnswer =
        uploadForMap("locninh", "gia-mao.pdf", "đây không phải PDF".getBytes());
    assertThat(textAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) textAnswer.getBody().get("message"))
        .contains("không phải PDF, JPEG hoặc PNG");
    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    ResponseEntity<Map> tooLarge = uploadForMap("locninh", "qua-lon.pdf", large);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooLarge.getBody().get("message")).contains("10 MB");
    ResponseEntity<Map> otherUnit = uploadForMap("budang", "cua-don-vi-khac.pdf", PDF);
    assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class))
        .isEqualTo(before);
  }

  private ResponseEntity<List> upload(String user, String name, byte[] content) {
    return http.withBasicAuth(user, "demo")
        .exchange(BASE, HttpMethod.POST, multipart(name, content), List.class);
  }

  private ResponseEntity<Map> uploadForMap(String user, String name, byte[] content) {
    return http.withBasicAuth(user, "demo")
        .exchange(BASE, HttpMethod.POST, multipart(name, content), Map.class);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(String name, byte[] content) {
    return RestTestSupport.multipart(name, content);
  }
}
