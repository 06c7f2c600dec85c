package vn.ldtbxh.thidua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps browsers from being asked for HTTP Basic credentials. A {@code WWW-Authenticate: Basic}
 * challenge makes the browser open its own login dialog and then remember the password for the
 * whole site, sending it with every later request, including the ones other sites make it send.
 * When a request that fails authentication is a page the browser navigates to ({@code
 * Sec-Fetch-Mode: navigate}, or an {@code Accept} asking for HTML), the challenge is left out of
 * the 401; scripts still get it. Placed before the filters that write the challenge (the engine's
 * REST authentication, the API's).
 */
public class BrowserChallengeFilter extends OncePerRequestFilter {

  static final String CHALLENGE_HEADER = "WWW-Authenticate";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, isNavigation(request) ? new WithoutBasicChallenge(response) : response);
  }

  /** A page the browser navigates to (address bar, link, form), rather than a script's call. */
  public static boolean isNavigation(HttpServletRequest request) {
    if ("navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"))) {
      return true;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }

  private static final class WithoutBasicChallenge extends HttpServletResponseWrapper {

    WithoutBasicChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isBasicChallenge(name, value)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isBasicChallenge(name, value)) {
        super.addHeader(name, value);
      }
    }

    private static boolean isBasicChallenge(String name, String value) {
      return CHALLENGE_HEADER.equalsIgnoreCase(name)
          && value != null
          && value.trim().regionMatches(true, 0, "Basic", 0, 5);
    }
  }
}
