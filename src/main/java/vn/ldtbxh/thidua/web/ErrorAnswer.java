package vn.ldtbxh.thidua.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * What the user is told when a request fails for a reason the application knows: its own refusals
 * (a task completed by someone else first among them) and a concurrent change of the same task
 * (optimistic locking).
 */
public record ErrorAnswer(int status, String type, String message) {

  public static final String CONCURRENT_CHANGE =
      "Công việc này vừa được người khác xử lý hoặc thay đổi. Vui lòng tải lại trang để xem tình trạng mới nhất.";

  /** A completion of a task that another request completed first (see {@link CompletedTaskConflicts}). */
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
      if (isConnectionFailure(t)) {
        return new ErrorAnswer(503, "ServiceUnavailable", DatabaseAvailabilityFilter.MESSAGE);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** A lost or refused database connection (SQL state class 08), or a pool that could not give one. */
  static boolean isConnectionFailure(Throwable error) {
    if (error instanceof java.sql.SQLTransientConnectionException
        || error instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
      return true;
    }
    return error instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
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
