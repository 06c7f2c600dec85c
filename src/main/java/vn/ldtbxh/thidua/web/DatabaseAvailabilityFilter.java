package vn.ldtbxh.thidua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 503} with a Vietnamese "try again later" when the database cannot be reached,
 * before anything else runs (authentication reads the database too). The check borrows a pooled
 * connection, which is immediate while the database is up and fails within the pool's connection
 * timeout (3 s) when it is down, so no request hangs and none gets a stack trace. When the database
 * is back, requests go through again by themselves.
 */
public class DatabaseAvailabilityFilter extends OncePerRequestFilter {

  public static final String MESSAGE =
      "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailabilityFilter.class);

  private final DataSource dataSource;

  public DatabaseAvailabilityFilter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        unavailable(response, null);
        return;
      }
    } catch (SQLException e) {
      unavailable(response, e);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void unavailable(HttpServletResponse response, SQLException cause)
      throws IOException {
    LOG.warn(
        "Database unavailable, request answered 503: {}",
        cause == null ? "invalid connection" : cause.getMessage());
    response.setHeader("Retry-After", "15");
    new ErrorAnswer(503, "ServiceUnavailable", MESSAGE).writeTo(response);
  }
}
