package vn.ldtbxh.thidua.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * What the user is told when a request fails for a reason the application knows: its own refusals
 * (a task completed by someone else first among them), a concurrent change of the same task
 * (optimistic locking) and a password the engine's policy refuses.
 */
public record ErrorAnswer(int status, String type, String message) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String CONCURRENT_CHANGE =
      "Công việc này vừa được người khác xử lý hoặc thay đổi. Vui lòng tải lại trang để xem tình trạng mới nhất.";
  public static final String WEAK_PASSWORD =
      "Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, gồm chữ hoa, chữ thường, "
          + "chữ số và ký tự đặc biệt, và không được chứa tên đăng nhập, họ tên hoặc email của người dùng.";

  /** The engine's message when saving a user whose new password fails the policy (SaveUserCmd). */
  static final String ENGINE_WEAK_PASSWORD = "Password does not match policy";

  /**
   * A completion of a task that another request completed first (see {@link
   * CompletedTaskConflicts}).
   */
  public static final String ALREADY_COMPLETED =
      "Công việc này vừa được người khác hoàn thành. Vui lòng tải lại trang để xem tình trạng mới nhất.";

  /** The answer for {@code error}, or null when the error is not one the application knows. */
  public static ErrorAnswer of(Throwable error) {
    ThiduaException refusal = ThiduaException.findIn(error);
    if (refusal != null) {
      return new ErrorAnswer(refusal.status(), typeOf(refusal.status()), refusal.getMessage());
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return new ErrorAnswer(409, "Conflict", CONCURRENT_CHANGE);
      }
      if (t instanceof ProcessEngineException && ENGINE_WEAK_PASSWORD.equals(t.getMessage())) {
        return weakPassword();
      }
      if (isConnectionFailure(t)) {
        return new ErrorAnswer(503, "ServiceUnavailable", DatabaseAvailabilityFilter.MESSAGE);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Answers the request with this status and {@code {"type": …, "message": …}} in UTF-8, written by
   * Jackson.
   */
  public void writeTo(HttpServletResponse response) throws IOException {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("type", type);
    answer.put("message", message);
    byte[] body = JSON.writeValueAsBytes(answer);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  public static ErrorAnswer weakPassword() {
    return new ErrorAnswer(400, "InvalidRequest", WEAK_PASSWORD);
  }

  /**
   * A lost or refused database connection (SQL state class 08), or a pool that could not give one.
   */
  static boolean isConnectionFailure(Throwable error) {
    if (error instanceof java.sql.SQLTransientConnectionException
        || error instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
      return true;
    }
    return error instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08");
  }

  private static String typeOf(int status) {
    return switch (status) {
      case 400 -> "InvalidRequest";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      default -> "Error";
    };
  }
}
