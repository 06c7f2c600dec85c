package vn.ldtbxh.thidua.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.ThiduaApplication;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * PostgreSQL stopped for 20 seconds under load: every request, authentication included, is answered
 * 503 "thử lại sau" within 5 seconds; a job due during the outage runs once the database is back,
 * and the application recovers by itself, with no incident left behind.
 */
class DatabaseOutageIT {

  final java.net.CookieManager cookies = new java.net.CookieManager();
  final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).cookieHandler(cookies).build();

  @Test
  void aTwentySecondOutageIsAnswered503AndTheApplicationRecoversByItself() throws Exception {
    Path data = Files.createTempDirectory("thidua-outage-pg");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    EmbeddedPostgres postgres = start(data, port);
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ThiduaApplication.class)
            .profiles("demo")
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--spring.jmx.enabled=false");
    try {
      int http = ((WebServerApplicationContext) app).getWebServer().getPort();
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      int year = java.time.LocalDate.now().getYear() + 1;
      app.getBean(MovementRepository.class)
          .save(new Movement("kiem-thu-mat-ket-noi", "Kiểm thử", year, year, "social-protection"));
      engine
          .getRuntimeService()
          .startProcessInstanceByKey(
              "emulation-round",
              Map.of("movement", "kiem-thu-mat-ket-noi", "year", year, "unitCodes", "budop"));
      awaitCount(
          app,
          "select count(*) from notification where kind = 'ANNOUNCEMENT'",
          1,
          Duration.ofSeconds(60));
      assertThat(get(http, "/engine-rest/task", "budop").statusCode()).isEqualTo(200);

      // a reminder falls due during the outage
      Job reminder =
          engine
              .getManagementService()
              .createJobQuery()
              .timers()
              .activityId("firstReminder")
              .singleResult();
      engine
          .getManagementService()
          .setJobDuedate(reminder.getId(), new Date(System.currentTimeMillis() + 4000));

      postgres.close();
      long outageEnd = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      List<Long> durations = new ArrayList<>();
      while (System.nanoTime() < outageEnd) {
        for (HttpResponse<String> response :
            List.of(
                get(http, "/engine-rest/task", "budop"),
                get(http, "/engine-rest/process-definition", null),
                get(http, "/api/rounds", "quanly"),
                login(http))) {
          assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(503);
          assertThat(response.body()).contains("thử lại sau");
          durations.add(
              Long.parseLong(response.headers().firstValue("X-Test-Duration").orElse("0")));
        }
      }
      assertThat(durations).allMatch(ms -> ms < 5000);

      postgres = start(data, port);
      long back = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int status = 0;
      while (System.nanoTime() < back && status != 200) {
        status = get(http, "/engine-rest/task", "budop").statusCode();
        Thread.sleep(500);
      }
      assertThat(status).isEqualTo(200);
      assertThat(login(http).statusCode()).isEqualTo(200);
      awaitCount(
          app,
          "select count(*) from notification where kind = 'REMINDER_FIRST'",
          1,
          Duration.ofSeconds(90));
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    } finally {
      app.close();
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private HttpResponse<String> get(int port, String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(10));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return timed(request.GET().build());
  }

  /** The webapps' login, with the CSRF token the Tasklist page hands out, as a browser sends it. */
  private HttpResponse<String> login(int port) throws Exception {
    client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.discarding());
    String token =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(java.net.HttpCookie::getValue)
            .findFirst()
            .orElse("");
    return timed(
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString("username=budop&password=demo"))
            .build());
  }

  private HttpResponse<String> timed(HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new TimedResponse(response, millis);
  }

  private static void awaitCount(
      ConfigurableApplicationContext app, String sql, int expected, Duration timeout)
      throws InterruptedException {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      try {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        if (count != null && count >= expected) {
          return;
        }
      } catch (RuntimeException databaseNotBackYet) {
        // retried below
      }
      Thread.sleep(500);
    }
    throw new AssertionError("timed out waiting for " + sql);
  }

  /** A response that carries how long it took, in a header no server sends. */
  private record TimedResponse(HttpResponse<String> delegate, long millis)
      implements HttpResponse<String> {
    public int statusCode() {
      return delegate.statusCode();
    }

    public HttpRequest request() {
      return delegate.request();
    }

    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return delegate.previousResponse();
    }

    public java.net.http.HttpHeaders headers() {
      Map<String, List<String>> headers = new java.util.HashMap<>(delegate.headers().map());
      headers.put("X-Test-Duration", List.of(String.valueOf(millis)));
      return java.net.http.HttpHeaders.of(headers, (a, b) -> true);
    }

    public String body() {
      return delegate.body();
    }

    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return delegate.sslSession();
    }

    public URI uri() {
      return delegate.uri();
    }

    public HttpClient.Version version() {
      return delegate.version();
    }
  }
}
