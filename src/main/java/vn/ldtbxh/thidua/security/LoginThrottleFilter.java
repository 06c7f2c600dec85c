package vn.ldtbxh.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ldtbxh.thidua.web.ErrorAnswer;

/**
 * Applies {@link LoginThrottle} to the sign-ins it sees: the webapps' sign-in form ({@code POST
 * /camunda/api/admin/auth/user/default/login/{app}}) and HTTP Basic on the engine's REST API. A
 * blocked address is answered 429 before the password is checked; a 401 answer to a sign-in (or to
 * a request with HTTP Basic credentials) counts as a failure of the caller's address.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  static final String LOGIN_PATH = "/camunda/api/admin/auth/user/";

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isSignIn(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> blocked = throttle.blocked(address);
    if (blocked.isPresent()) {
      refuse(response, blocked.get());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failure(address);
    }
  }

  private static boolean isSignIn(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(LOGIN_PATH)) {
      return "POST".equals(request.getMethod()) && path.matches(LOGIN_PATH + "[^/]+/login/[^/]+/?");
    }
    return hasBasicCredentials(request);
  }

  public static boolean hasBasicCredentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** 429 with the time left, in Retry-After and in a Vietnamese message. */
  public static void refuse(HttpServletResponse response, Duration left) throws IOException {
    response.setHeader("Retry-After", String.valueOf(LoginThrottle.retryAfterSeconds(left)));
    new ErrorAnswer(429, "TooManyRequests", LoginThrottle.message(left)).writeTo(response);
  }
}
