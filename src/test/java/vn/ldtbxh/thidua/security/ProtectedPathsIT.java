package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ldtbxh.thidua.SharedApplication;

/**
 * Browsers get no HTTP Basic challenge for a page they navigate to (they would remember the
 * password and send it with other sites' requests), scripts still do; the API's description needs a
 * logged-in user, by HTTP Basic or the webapps' session, and the metrics an administrator; the
 * health probes stay open.
 */
@SharedApplication
class ProtectedPathsIT {

  static final String NAVIGATION_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @LocalServerPort int port;

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void browserNavigationsGetNoBasicChallengeScriptsDo() throws Exception {
    for (String path :
        new String[] {"/engine-rest/task", "/api/me", "/actuator/metrics", "/v3/api-docs"}) {
      HttpResponse<String> script = get(path, null);
      assertThat(script.statusCode()).as(path).isEqualTo(401);
      assertThat(script.headers().firstValue("WWW-Authenticate"))
          .as(path)
          .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));

      HttpResponse<String> navigation =
          send(
              request(path, null)
                  .header("Sec-Fetch-Mode", "navigate")
                  .header("Accept", NAVIGATION_ACCEPT)
                  .GET());
      assertThat(navigation.statusCode()).as(path).isEqualTo(401);
      assertThat(navigation.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();

      HttpResponse<String> htmlOnly =
          send(request(path, "khongco:demo").header("Accept", "text/html").GET());
      assertThat(htmlOnly.statusCode()).as(path).isEqualTo(401);
      assertThat(htmlOnly.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
    HttpResponse<String> api =
        send(request("/api/me", null).header("Sec-Fetch-Mode", "navigate").GET());
    assertThat(api.body()).contains("\"type\":\"Unauthorized\"").contains("Vui lòng đăng nhập");
  }

  @Test
  void metricsAreForAdministrators() throws Exception {
    assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
    assertThat(get("/actuator/metrics/jvm.memory.used", null).statusCode()).isEqualTo(401);
    HttpResponse<String> unit = get("/actuator/metrics", "dongxoai:demo");
    assertThat(unit.statusCode()).isEqualTo(403);
    assertThat(unit.body()).contains("\"type\":\"Forbidden\"").contains("quản trị hệ thống");
    assertThat(get("/actuator/metrics/jvm.memory.used", "quanly:demo").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/%6detrics", "dongxoai:demo").statusCode()).isIn(400, 403, 404);
    assertThat(get("/actuator/metrics;x=y", "dongxoai:demo").statusCode()).isIn(400, 403, 404);
    HttpResponse<String> admin = get("/actuator/metrics", "admin:demo");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("jvm.memory.used");
    assertThat(get("/actuator/metrics/jvm.memory.used", "admin:demo").statusCode()).isEqualTo(200);
  }

  @Test
  void theApiDescriptionIsForLoggedInUsers() throws Exception {
    for (String path :
        new String[] {
          "/v3/api-docs",
          "/v3/api-docs/swagger-config",
          "/swagger-ui.html",
          "/swagger-ui/index.html"
        }) {
      assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
    }
    HttpResponse<String> docs = get("/v3/api-docs", "dongxoai:demo");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("\"openapi\"").contains("/api/");
    assertThat(get("/swagger-ui/index.html", "dongxoai:demo").statusCode()).isEqualTo(200);
    assertThat(get("/swagger-ui.html", "dongxoai:demo").statusCode()).isBetween(200, 399);
  }

  @Test
  void theWebappsSessionOpensTheApiDescription() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    browser.send(
        request("/camunda/app/tasklist/", null).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String token =
        ((CookieManager) browser.cookieHandler().orElseThrow())
            .getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("");
    HttpResponse<String> login =
        browser.send(
            request("/camunda/api/admin/auth/user/default/login/tasklist", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=dongxoai&password=demo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    HttpResponse<String> docs =
        browser.send(
            request("/v3/api-docs", null).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(
            browser
                .send(
                    request("/actuator/metrics", null).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void healthProbesStayOpen() throws Exception {
    assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    return send(request(path, credentials).GET());
  }

  private HttpRequest.Builder request(String path, String credentials) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
