package vn.ldtbxh.thidua.common;

/**
 * A refusal of the application, with the Vietnamese message the user sees and the HTTP status it
 * answers with, whether it comes through the engine's REST API, the application's API or Tasklist.
 * Whatever raised it changed nothing: the transaction is rolled back.
 */
public class ThiduaException extends RuntimeException {

  private static final ThreadLocal<ThiduaException[]> CAPTURE = new ThreadLocal<>();
  private final int status;

  public ThiduaException(int status, String vietnameseMessage) {
    super(vietnameseMessage);
    this.status = status;
    ThiduaException[] capture = CAPTURE.get();
    if (capture != null && capture[0] == null) {
      capture[0] = this;
    }
  }

  /**
   * Runs {@code work} and returns the first refusal raised on this thread meanwhile, even if
   * something caught and wrapped it (the webapps' own REST API turns it into an English 500).
   */
  public static ThiduaException captureDuring(ThrowingRunnable work) throws Exception {
    ThiduaException[] capture = new ThiduaException[1];
    ThiduaException[] outer = CAPTURE.get();
    CAPTURE.set(capture);
    try {
      work.run();
    } finally {
      if (outer == null) {
        CAPTURE.remove();
      } else {
        CAPTURE.set(outer);
      }
    }
    return capture[0];
  }

  /** A piece of work that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
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
