package vn.ldtbxh.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user signed in to the Camunda web applications, calling their own API as Tasklist does: the
 * session's cookie and its CSRF token with every change.
 */
public final class WebappSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

  private WebappSession(int port) {
    this.port = port;
  }

  /** Signs {@code user} (demo password) in to Tasklist on the application at {@code port}. */
  public static WebappSession signIn(int port, String user)
      throws IOException, InterruptedException {
    WebappSession session = new WebappSession(port);
    session.openTasklist();
    HttpResponse<String> login =
        session.post(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            "application/x-www-form-urlencoded",
            "username=" + user + "&password=demo");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session, whose CSRF token comes with its first page
    session.openTasklist();
    return session;
  }

  /** Posts a JSON body to a path of the web applications' API. */
  public HttpResponse<String> postJson(String path, String json)
      throws IOException, InterruptedException {
    return post(path, "application/json", json);
  }

  private HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", contentType)
            .header("X-XSRF-TOKEN", csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private void openTasklist() throws IOException, InterruptedException {
    browser.send(
        HttpRequest.newBuilder(url("/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElse("");
  }
}
