package vn.ldtbxh.thidua.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.ldtbxh.thidua.api.Callers;
import vn.ldtbxh.thidua.api.CurrentUser;

/**
 * Serves the start forms of a round and of a nomination with their choices filled for the caller
 * ({@link StartFormOptions}): on {@code GET …/process-definition/…/deployed-start-form} of the
 * webapps' engine API (Tasklist, by session) and of the engine's REST API (HTTP Basic, after its
 * authentication filter). Any other form, status or caller passes unchanged.
 */
public class StartFormContentFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(StartFormContentFilter.class);

  private final StartFormOptions options;
  private final IdentityService identity;
  private final ObjectMapper json;

  public StartFormContentFilter(
      StartFormOptions options, IdentityService identity, ObjectMapper json) {
    this.options = options;
    this.identity = identity;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !request.getRequestURI().endsWith("/deployed-start-form");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> groups = groups(request);
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    byte[] body = buffered.getContentAsByteArray();
    if (buffered.getStatus() == 200 && groups != null && body.length > 0) {
      try {
        JsonNode form = json.readTree(body);
        if (form instanceof ObjectNode object && options.fill(object, groups)) {
          byte[] filled = json.writeValueAsBytes(object);
          buffered.resetBuffer();
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.setContentLength(filled.length);
          response.getOutputStream().write(filled);
          return;
        }
      } catch (IOException e) {
        LOG.warn("Start form at {} served unchanged: {}", request.getRequestURI(), e.toString());
      }
    }
    buffered.copyBodyToResponse();
  }

  /** The caller's groups: its webapp session, or the engine REST API's authentication. */
  private List<String> groups(HttpServletRequest request) {
    CurrentUser user = Callers.fromSession(request);
    if (user != null) {
      return user.groups();
    }
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? null
        : List.copyOf(authentication.getGroupIds());
  }
}
