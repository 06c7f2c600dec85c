package vn.ldtbxh.thidua.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ldtbxh.thidua.security.LoginThrottle;
import vn.ldtbxh.thidua.security.LoginThrottleFilter;

/**
 * Authenticates calls to the application's API ({@code /api/*}): the user's Camunda webapp session
 * (Tasklist and Cockpit plugins), or HTTP Basic against Camunda's users (other clients). A session
 * caller changing something must send {@code X-Requested-With}, which a cross-site form cannot.
 * The API checks each role itself and calls the engine on the application's behalf. Failed HTTP Basic
 * sign-ins are throttled per client address ({@link LoginThrottle}).
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private final IdentityService identity;
  private final LoginThrottle throttle;

  public ApiAuthenticationFilter(IdentityService identity, LoginThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (LoginThrottleFilter.hasBasicCredentials(request)) {
      Optional<Duration> blocked = throttle.blocked(request.getRemoteAddr());
      if (blocked.isPresent()) {
        LoginThrottleFilter.refuse(response, blocked.get());
        return;
      }
    }
    CurrentUser user = fromBasic(request);
    if (user == null) {
      user = fromSession(request);
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

  private CurrentUser fromBasic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      throttle.failure(request.getRemoteAddr());
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      throttle.failure(request.getRemoteAddr());
      return null;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return new CurrentUser(userId, groups);
  }

  private static CurrentUser fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication authentication)) {
      return null;
    }
    return new CurrentUser(authentication.getName(), List.copyOf(authentication.getGroupIds()));
  }

  private static boolean isSafe(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"%s\",\"message\":\"%s\"}".formatted(status == 401 ? "Unauthorized" : "Forbidden",
        message.replace("\"", "\\\"")));
  }
}
