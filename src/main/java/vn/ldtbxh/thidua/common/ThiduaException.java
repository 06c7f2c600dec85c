package vn.ldtbxh.thidua.common;

/**
 * A refusal of the application, with the Vietnamese message the user sees and the HTTP status it
 * answers with, whether it comes through the engine's REST API, the application's API or Tasklist.
 * Whatever raised it changed nothing: the transaction is rolled back.
 */
public class ThiduaException extends RuntimeException {

  private final int status;

  public ThiduaException(int status, String vietnameseMessage) {
    super(vietnameseMessage);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** Bad input: 400. */
  public static ThiduaException invalid(String vietnameseMessage) {
    return new ThiduaException(400, vietnameseMessage);
  }

  /** A conflict with the current state (a duplicate, a step already taken): 409. */
  public static ThiduaException conflict(String vietnameseMessage) {
    return new ThiduaException(409, vietnameseMessage);
  }

  /** Not allowed for this user: 403. */
  public static ThiduaException forbidden(String vietnameseMessage) {
    return new ThiduaException(403, vietnameseMessage);
  }

  /** Unknown resource: 404. */
  public static ThiduaException notFound(String vietnameseMessage) {
    return new ThiduaException(404, vietnameseMessage);
  }

  /** The first {@link ThiduaException} in the cause chain of {@code error}, if any. */
  public static ThiduaException findIn(Throwable error) {
    Throwable current = error;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (current instanceof ThiduaException thidua) {
        return thidua;
      }
      current = current.getCause();
    }
    return null;
  }
}
