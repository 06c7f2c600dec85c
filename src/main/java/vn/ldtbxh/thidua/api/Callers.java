package vn.ldtbxh.thidua.api;

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
import vn.ldtbxh.thidua.security.LoginThrottle;
import vn.ldtbxh.thidua.security.LoginThrottleFilter;

/**
 * Who calls: a Camunda user by HTTP Basic, or the user logged in to the webapps (Tasklist, Cockpit,
 * Admin).
 */
public class Callers {

  private static final String ENGINE = "default";
  private final IdentityService identity;
  private final LoginThrottle throttle;

  /**
   * Callers checked against Camunda's users; each wrong password counts against the client's
   * address.
   */
  public Callers(IdentityService identity, LoginThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  /**
   * Answers 429 when the request carries credentials from a client address refused for too many
   * failed sign-ins; true when it did, and the request goes no further.
   */
  public boolean refusedAsBlocked(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Duration> blocked =
        LoginThrottleFilter.hasBasicCredentials(request)
            ? throttle.blocked(request.getRemoteAddr())
            : Optional.empty();
    if (blocked.isEmpty()) {
      return false;
    }
    LoginThrottleFilter.refuse(response, blocked.get());
    return true;
  }

  /** The caller by HTTP Basic, else by the webapps' session; null when neither authenticates. */
  public CurrentUser authenticate(HttpServletRequest request) {
    CurrentUser user = fromBasic(request);
    return user != null ? user : fromSession(request);
  }

  /** The user whose correct HTTP Basic credentials the request carries, or null. */
  public CurrentUser fromBasic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
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
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return new CurrentUser(userId, groups);
  }

  /** The user logged in to the webapps in the request's session, or null. */
  public static CurrentUser fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE)
            instanceof UserAuthentication authentication)) {
      return null;
    }
    return new CurrentUser(authentication.getName(), List.copyOf(authentication.getGroupIds()));
  }
}
