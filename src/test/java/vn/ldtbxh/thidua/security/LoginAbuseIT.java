package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ldtbxh.thidua.OwnApplication;

/**
 * Sign-in abuse over HTTP, with short settings: repeated failures from one address are answered 429
 * on each sign-in path while the account's owner, from another address, still signs in; failures
 * never lock an account for good; a weak password is refused 400 in Vietnamese. The client binds
 * its side of each connection to a loopback address of its choice (127.0.0.x), which the server
 * sees as the client's.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "thidua.login.max-failures-per-address=3",
      "thidua.login.window=PT1M",
      "thidua.login.block=PT30S",
      "camunda.bpm.generic-properties.properties.login-delay-max-time=1"
    })
@ActiveProfiles({"test", "demo"})
@OwnApplication
class LoginAbuseIT {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  record Answer(int status, Map<String, String> headers, String body) {}

  /**
   * After a failed sign-in the engine refuses the user for a moment (at most 1 s here): its clock
   * moves past it instead of the test waiting. The throttle per address runs on the real clock and
   * is not moved.
   */
  private static void passTheEnginesLoginDelay() {
    ClockUtil.offset(2_000L);
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void engineRestBasicIsThrottledPerAddress() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(
              send(
                      "127.0.0.11",
                      "GET",
                      "/engine-rest/task/count",
                      basic("dongxoai", "sai-mat-khau"),
                      null)
                  .status())
          .isEqualTo(401);
    }
    Answer refused =
        send("127.0.0.11", "GET", "/engine-rest/task/count", basic("dongxoai", "demo"), null);
    assertBlocked(refused);
    passTheEnginesLoginDelay();
    assertThat(
            send("127.0.0.12", "GET", "/engine-rest/task/count", basic("dongxoai", "demo"), null)
                .status())
        .isEqualTo(200);
    // requests without credentials are not sign-ins
    assertThat(send("127.0.0.11", "GET", "/engine-rest/version", Map.of(), null).status())
        .isNotEqualTo(429);
  }

  @Test
  void apiBasicIsThrottledPerAddress() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(
              send("127.0.0.21", "GET", "/api/me", basic("budang", "sai-mat-khau"), null).status())
          .isEqualTo(401);
    }
    assertBlocked(send("127.0.0.21", "GET", "/api/me", basic("budang", "demo"), null));
    passTheEnginesLoginDelay();
    assertThat(send("127.0.0.22", "GET", "/api/me", basic("budang", "demo"), null).status())
        .isEqualTo(200);
  }

  @Test
  void webappSignInIsThrottledPerAddress() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(signIn("127.0.0.31", "thamdinh", "sai-mat-khau").status()).isEqualTo(401);
    }
    assertBlocked(signIn("127.0.0.31", "thamdinh", "demo"));
    passTheEnginesLoginDelay();
    assertThat(signIn("127.0.0.32", "thamdinh", "demo").status()).isEqualTo(200);
  }

  @Test
  void failedSignInsNeverLockAnAccountForGood() throws Exception {
    for (int i = 0; i < 15; i++) {
      assertThat(identity.checkPassword("budop", "sai-mat-khau-" + i)).isFalse();
    }
    passTheEnginesLoginDelay();
    assertThat(identity.checkPassword("budop", "demo")).isTrue();
  }

  @Test
  void aWeakPasswordIsRefusedWithAVietnameseMessage() throws Exception {
    Map<String, String> headers = new LinkedHashMap<>(basic("admin", "demo"));
    headers.put("Content-Type", "application/json");
    Answer weak =
        send(
            "127.0.0.41",
            "POST",
            "/engine-rest/user/create",
            headers,
            "{\"profile\":{\"id\":\"nguoimoi\",\"firstName\":\"Người\",\"lastName\":\"Mới\",\"email\":\"moi@example.com\"},"
                + "\"credentials\":{\"password\":\"123\"}}");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body())
        .contains("Mật khẩu chưa đủ mạnh")
        .doesNotContain("Password does not match");
    assertThat(identity.createUserQuery().userId("nguoimoi").count()).isZero();

    Answer strong =
        send(
            "127.0.0.41",
            "POST",
            "/engine-rest/user/create",
            headers,
            "{\"profile\":{\"id\":\"nguoimoi\",\"firstName\":\"Người\",\"lastName\":\"Mới\",\"email\":\"moi@example.com\"},"
                + "\"credentials\":{\"password\":\"Kh0ng-De-Doan!\"}}");
    assertThat(strong.status()).isEqualTo(204);
  }

  private static void assertBlocked(Answer answer) {
    assertThat(answer.status()).isEqualTo(429);
    assertThat(Integer.parseInt(answer.headers().get("retry-after"))).isBetween(1, 30);
    assertThat(answer.body()).contains("Đăng nhập sai quá nhiều lần từ địa chỉ này");
  }

  /**
   * The webapps' sign-in as a browser sends it: the CSRF token and session cookie from the Tasklist
   * page.
   */
  private Answer signIn(String from, String user, String password) throws IOException {
    Answer page = send(from, "GET", "/camunda/app/tasklist/", Map.of(), null);
    String cookies = page.headers().getOrDefault("set-cookie", "");
    String token = cookie(cookies, "XSRF-TOKEN");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", "XSRF-TOKEN=" + token + "; JSESSIONID=" + cookie(cookies, "JSESSIONID"));
    headers.put("X-XSRF-TOKEN", token);
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    return send(
        from,
        "POST",
        "/camunda/api/admin/auth/user/default/login/tasklist",
        headers,
        "username=" + user + "&password=" + password);
  }

  private static String cookie(String setCookies, String name) {
    Matcher matcher = Pattern.compile(name + "=([^;\\n]*)").matcher(setCookies);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * One HTTP/1.1 request on a connection from {@code from}; headers' names lower-cased, repeated
   * ones joined.
   */
  private Answer send(
      String from, String method, String path, Map<String, String> headers, String body)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request =
          new StringBuilder(
              method
                  + " "
                  + path
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nConnection: close\r\nAccept: application/json, text/html\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String raw = all.toString(StandardCharsets.UTF_8);
      int end = raw.indexOf("\r\n\r\n");
      String[] lines = raw.substring(0, end).split("\r\n");
      Map<String, String> answerHeaders = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        answerHeaders.merge(
            lines[i].substring(0, colon).trim().toLowerCase(),
            lines[i].substring(colon + 1).trim(),
            (a, b) -> a + "\n" + b);
      }
      return new Answer(
          Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, raw.substring(end + 4));
    }
  }
}
