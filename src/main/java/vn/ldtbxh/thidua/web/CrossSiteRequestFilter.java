package vn.ldtbxh.thidua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request sent by another web site, whatever credentials it carries: a
 * browser adds the HTTP Basic credentials it remembers, and the webapps' session cookie, to a form
 * or script of any site posting to this server. The page that sent the request is named by {@code
 * Origin}, or when that is missing by {@code Referer}; it must be the server itself, as the browser
 * reached it (the request's scheme, host and port, after the proxy's forwarded headers are
 * applied), or one of the configured public addresses ({@code thidua.public-url}). Camunda Modeler
 * deploying from its window ({@code Origin: file://}) is accepted; an opaque origin ({@code Origin:
 * null}) is not. A request naming no page at all (scripts, curl, other servers) is no browser's and
 * is not concerned.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

  static final String TYPE = "CrossSiteRequest";
  private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String MODELER_ORIGIN = "file://";

  private final List<String> publicOrigins;

  /**
   * @param publicUrls the server's public addresses, comma-separated (any path is ignored); may be
   *     blank
   */
  public CrossSiteRequestFilter(String publicUrls) {
    this.publicOrigins =
        publicUrls == null
            ? List.of()
            : Arrays.stream(publicUrls.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(
                    url -> {
                      String origin = originOf(url);
                      if (origin == null) {
                        throw new IllegalArgumentException(
                            "thidua.public-url: not an http(s) address: " + url);
                      }
                      return origin;
                    })
                .toList();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      chain.doFilter(request, response);
      return;
    }
    String origin = request.getHeader("Origin");
    String page = origin;
    String sender;
    if (origin != null) {
      sender =
          origin.trim().equalsIgnoreCase(MODELER_ORIGIN) ? MODELER_ORIGIN : originOf(origin.trim());
    } else {
      page = request.getHeader("Referer");
      if (page == null) {
        chain.doFilter(request, response);
        return;
      }
      sender = originOf(page.trim());
    }
    String own = ownOrigin(request);
    if (MODELER_ORIGIN.equals(sender) || own.equals(sender) || publicOrigins.contains(sender)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warn(
        "Cross-site request refused: {} {} from {} (server origin {}{})",
        request.getMethod(),
        request.getRequestURI(),
        page,
        own,
        publicOrigins.isEmpty() ? "" : ", public " + publicOrigins);
    new ErrorAnswer(
            403,
            TYPE,
            "Yêu cầu từ trang web khác (%s) bị từ chối: chỉ các trang của chính hệ thống (%s) "
                    .formatted(sender == null ? page : sender, own)
                + "mới được thay đổi dữ liệu. Vui lòng mở hệ thống trực tiếp rồi thực hiện lại.")
        .writeTo(response);
  }

  /**
   * The server's own origin as the browser sees it: forwarded scheme, host and port, default ports
   * omitted.
   */
  static String ownOrigin(HttpServletRequest request) {
    return origin(request.getScheme(), request.getServerName(), request.getServerPort());
  }

  /**
   * {@code scheme://host[:port]} of an http(s) address, or null when it is none (e.g. {@code
   * null}).
   */
  static String originOf(String address) {
    try {
      URI uri = new URI(address);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return null;
      }
      return origin(scheme, uri.getHost(), uri.getPort());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String origin(String scheme, String host, int port) {
    String normalScheme = scheme.toLowerCase(Locale.ROOT);
    String normalHost = host.toLowerCase(Locale.ROOT);
    if (normalHost.contains(":") && !normalHost.startsWith("[")) {
      normalHost = "[" + normalHost + "]";
    }
    boolean defaultPort =
        port < 0
            || (normalScheme.equals("http") && port == 80)
            || (normalScheme.equals("https") && port == 443);
    return normalScheme + "://" + normalHost + (defaultPort ? "" : ":" + port);
  }
}
