package vn.ldtbxh.thidua.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ldtbxh.thidua.security.LoginThrottle;
import vn.ldtbxh.thidua.web.ErrorAnswer;

/**
 * Authenticates calls to the application's API ({@code /api/*}): the user's Camunda webapp session
 * (Tasklist and Cockpit plugins), or HTTP Basic against Camunda's users (other clients). A session
 * caller changing something must send {@code X-Requested-With}, which a cross-site form cannot. The
 * API checks each role itself and calls the engine on the application's behalf.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final Callers callers;

  public ApiAuthenticationFilter(IdentityService identity, LoginThrottle throttle) {
    this.callers = new Callers(identity, throttle);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (callers.refusedAsBlocked(request, response)) {
      return;
    }
    CurrentUser user = callers.fromBasic(request);
    if (user == null) {
      user = Callers.fromSession(request);
      if (user != null && !isSafe(request) && request.getHeader("X-Requested-With") == null) {
        refuse(response, 403, "Yêu cầu thiếu tiêu đề X-Requested-With.");
        return;
      }
    }
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
      refuse(response, 401, "Vui lòng đăng nhập (tài khoản Camunda của bạn).");
      return;
    }
    request.setAttribute(CurrentUser.ATTRIBUTE, user);
    chain.doFilter(request, response);
  }

  private static boolean isSafe(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    new ErrorAnswer(status, status == 401 ? "Unauthorized" : "Forbidden", message)
        .writeTo(response);
  }
}
