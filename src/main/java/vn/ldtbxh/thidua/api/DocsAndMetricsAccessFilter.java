package vn.ldtbxh.thidua.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ldtbxh.thidua.security.AccessRules;
import vn.ldtbxh.thidua.security.LoginThrottle;
import vn.ldtbxh.thidua.web.ErrorAnswer;

/**
 * The API's description ({@code /v3/api-docs}, Swagger UI) is for logged-in users, and the
 * operating metrics ({@code /actuator/metrics}) for administrators ({@code camunda-admin}),
 * authenticated as in the API: HTTP Basic or the webapps' session. The health probes ({@code
 * /actuator/health}) stay open to the proxy.
 */
public class DocsAndMetricsAccessFilter extends OncePerRequestFilter {

  static final String METRICS = "/actuator/metrics";
  private static final Logger LOG = LoggerFactory.getLogger(DocsAndMetricsAccessFilter.class);

  private final Callers callers;

  public DocsAndMetricsAccessFilter(IdentityService identity, LoginThrottle throttle) {
    this.callers = new Callers(identity, throttle);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (callers.refusedAsBlocked(request, response)) {
      return;
    }
    CurrentUser user = callers.authenticate(request);
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
      new ErrorAnswer(
              401,
              "Unauthorized",
              "Vui lòng đăng nhập (tài khoản Camunda của bạn, qua Tasklist, Cockpit hoặc HTTP Basic).")
          .writeTo(response);
      return;
    }
    // decoded and without path parameters, as the request was mapped (not the raw URI)
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if ((path.equals(METRICS) || path.startsWith(METRICS + "/"))
        && !user.isInAny(AccessRules.METRICS_READERS)) {
      LOG.info("Metrics refused to {}: not in {}", user.userId(), AccessRules.METRICS_READERS);
      new ErrorAnswer(
              403, "Forbidden", "Chỉ quản trị hệ thống mới được xem số liệu vận hành (metrics).")
          .writeTo(response);
      return;
    }
    chain.doFilter(request, response);
  }
}
