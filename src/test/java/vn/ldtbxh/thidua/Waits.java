package vn.ldtbxh.thidua;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting on a condition instead of for a fixed time: polls until it holds, fails once the timeout
 * has passed.
 */
public final class Waits {

  private static final Duration POLL = Duration.ofMillis(200);

  private Waits() {}

  /** Polls {@code condition} until it holds; a condition that throws has not held yet. */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    until(timeout, condition, () -> what);
  }

  /**
   * As {@link #until(String, Duration, BooleanSupplier)}, with a failure message computed when it
   * fails.
   */
  public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> failure) {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // e.g. a node still starting or a database still coming back: asked again below
      }
      if (System.nanoTime() >= end) {
        throw new AssertionError("timed out after " + timeout + ": " + failure.get());
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting: " + failure.get(), e);
      }
    }
  }
}
