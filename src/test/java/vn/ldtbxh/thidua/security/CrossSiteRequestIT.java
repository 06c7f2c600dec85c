package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * Pages of other sites change nothing: a state-changing call to the application's API, the engine's
 * REST API or the webapps' API sent from another origin is refused with 403 before any
 * authentication, even with correct HTTP Basic credentials (a browser sends the ones it remembers).
 * Scripts (no Origin, no Referer), Camunda Modeler ({@code Origin: file://}), the server's own
 * pages, as forwarded by the proxy, and the configured public addresses are served.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.forward-headers-strategy=framework",
      "thidua.public-url=https://thidua.example.gov.vn/camunda/app/, https://du-phong.example.gov.vn:8443"
    })
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnApplication
class CrossSiteRequestIT {

  static final int YEAR = TestYears.of(CrossSiteRequestIT.class);
  static final String ATTACHMENTS = "/api/dossiers/report/" + YEAR + "-locninh/attachments";
  static final String EVIL = "http://evil.example";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  void openRound() {
    RestTestSupport.openRound(movements, runtime, management, "kiem-thu-csrf", YEAR, "locninh");
  }

  @Test
  void anotherSitesPageChangesNothingWhateverItsCredentials() throws Exception {
    int attachments = attachmentCount();
    HttpResponse<String> upload = send(upload("locninh").header("Origin", EVIL));
    assertRefused(upload, EVIL);
    assertThat(attachmentCount()).isEqualTo(attachments);

    String name = "lien-trang-" + UUID.randomUUID();
    assertRefused(send(deploy(name, "admin").header("Origin", EVIL)), EVIL);
    assertRefused(send(deploy(name, null).header("Origin", EVIL)), EVIL);
    assertRefused(send(deploy(name, "admin").header("Origin", "null")), "null");
    assertRefused(
        send(deploy(name, "admin").header("Referer", EVIL + "/trang-gia-mao.html")), EVIL);
    String otherPort = "http://localhost:" + (port + 1);
    assertRefused(send(deploy(name, "admin").header("Origin", otherPort)), otherPort);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();

    // the webapps' API too, login included
    HttpResponse<String> login =
        send(
            request("/camunda/api/admin/auth/user/default/login/tasklist", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")));
    assertRefused(login, EVIL);
  }

  @Test
  void behindTheProxyTheServersOwnOriginIsTheForwardedOne() throws Exception {
    String name = "qua-proxy-" + UUID.randomUUID();
    HttpResponse<String> direct =
        send(
            deploy(name, "admin")
                .header("Origin", "http://localhost:" + port)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "may-chu.example.gov.vn"));
    assertRefused(direct, "http://localhost:" + port);
    assertThat(
            send(deploy(name, "admin")
                    .header("Origin", "https://may-chu.example.gov.vn")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "may-chu.example.gov.vn"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(deploy(name, "admin")
                    .header("Origin", "https://may-chu.example.gov.vn:8443")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "may-chu.example.gov.vn:8443"))
                .statusCode())
        .isEqualTo(200);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isEqualTo(2);
  }

  @Test
  void scriptsTheModelerTheServersPagesAndItsPublicAddressesChangeData() throws Exception {
    int attachments = attachmentCount();
    assertThat(send(upload("locninh")).statusCode()).isEqualTo(201);
    assertThat(send(upload("locninh").header("Origin", "http://localhost:" + port)).statusCode())
        .isEqualTo(201);
    assertThat(attachmentCount()).isEqualTo(attachments + 2);

    String name = "cung-trang-" + UUID.randomUUID();
    assertThat(send(deploy(name, "admin")).statusCode()).isEqualTo(200);
    assertThat(send(deploy(name, "admin").header("Origin", "file://")).statusCode()).isEqualTo(200);
    assertThat(
            send(deploy(name, "admin").header("Origin", "http://localhost:" + port)).statusCode())
        .isEqualTo(200);
    assertThat(
            send(deploy(name, "admin")
                    .header("Referer", "http://localhost:" + port + "/camunda/app/cockpit/"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(deploy(name, "admin").header("Origin", "https://thidua.example.gov.vn"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(deploy(name, "admin").header("Origin", "https://du-phong.example.gov.vn:8443"))
                .statusCode())
        .isEqualTo(200);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isEqualTo(6);
  }

  @Test
  void readingIsNotConcerned() throws Exception {
    HttpResponse<String> read =
        send(request("/engine-rest/deployment/count", "admin").header("Origin", EVIL).GET());
    assertThat(read.statusCode()).isEqualTo(200);
  }

  private static void assertRefused(HttpResponse<String> response, String sender) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body())
        .contains("\"type\":\"CrossSiteRequest\"")
        .contains("Yêu cầu từ trang web khác (" + sender)
        .contains("bị từ chối");
  }

  private int attachmentCount() {
    return jdbc.queryForObject("select count(*) from attachment", Integer.class);
  }

  private HttpRequest.Builder upload(String user) {
    return multipart(
        request(ATTACHMENTS, user), "file", "bao-cao.pdf", "application/pdf", PDF, null);
  }

  /** A deployment of one text resource, as Camunda Modeler deploys (multipart, HTTP Basic). */
  private HttpRequest.Builder deploy(String name, String user) {
    return multipart(
        request("/engine-rest/deployment/create", user),
        "data",
        "ghi-chu.txt",
        "text/plain",
        "Ghi chú kiểm thử".getBytes(StandardCharsets.UTF_8),
        name);
  }

  private static HttpRequest.Builder multipart(
      HttpRequest.Builder request,
      String field,
      String fileName,
      String contentType,
      byte[] content,
      String deploymentName) {
    String boundary = "ranh-gioi-" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    if (deploymentName != null) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n")
          .append(deploymentName)
          .append("\r\n");
    }
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(field)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: ")
        .append(contentType)
        .append("\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + content.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(content, 0, body, start.length, content.length);
    System.arraycopy(end, 0, body, start.length + content.length, end.length);
    return request
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
