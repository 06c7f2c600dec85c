package vn.ldtbxh.thidua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * Tasklist and Cockpit call the engine through the webapps' own REST API, whose exception handling wraps
 * the application's refusals in an English 500 ("Cannot submit task form …: ENGINE-… ThiduaException: …").
 * This filter answers such a refusal the way the engine's REST API does: its own status and only its
 * Vietnamese message, which Tasklist then shows as it is.
 */
public class WebappRefusalFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    ThiduaException refusal;
    try {
      refusal = ThiduaException.captureDuring(() -> chain.doFilter(request, buffered));
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
    if (refusal != null && buffered.getStatus() >= 400 && !response.isCommitted()) {
      buffered.resetBuffer();
      ErrorAnswer.of(refusal).writeTo(response);
      return;
    }
    buffered.copyBodyToResponse();
  }
}
