package vn.ldtbxh.thidua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the test classes and tests that were skipped (disabled, or aborted by an assumption such
 * as a missing tool) with their reasons. Surefire and Failsafe run the tests in several JVMs, so
 * each appends its lines to the file named by the system property {@value #FILE_PROPERTY} (set in
 * {@code pom.xml}); the build prints that file as one warning at its end (maven-antrun-plugin,
 * phase {@code verify}). Without the property (a run from an IDE) the list is printed to the
 * standard error here. Registered in {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedTestsListener implements TestExecutionListener {

  static final String FILE_PROPERTY = "thidua.skippedTestsFile";

  private final List<String> skipped = new ArrayList<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    skipped.add(line(test, reason));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      skipped.add(line(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted")));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (skipped.isEmpty()) {
      return;
    }
    String file = System.getProperty(FILE_PROPERTY, "");
    if (!file.isBlank()) {
      try {
        Path path = Path.of(file).toAbsolutePath();
        Files.createDirectories(path.getParent());
        Files.write(
            path,
            skipped,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        return;
      } catch (IOException e) {
        System.err.println("Could not write " + file + ": " + e);
      }
    }
    System.err.println(
        "WARNING: tests skipped:"
            + System.lineSeparator()
            + String.join(System.lineSeparator(), skipped));
  }

  /** " Class#method: reason" (or " Class: reason" for a whole class), on one line. */
  static String line(TestIdentifier test, String reason) {
    String what = test.getSource().map(SkippedTestsListener::name).orElse(test.getDisplayName());
    String why =
        reason == null || reason.isBlank()
            ? "no reason given"
            : reason.replaceAll("\\s+", " ").trim();
    return "  " + what + ": " + why;
  }

  private static String name(TestSource source) {
    if (source instanceof MethodSource method) {
      return method.getClassName() + "#" + method.getMethodName();
    }
    if (source instanceof ClassSource type) {
      return type.getClassName();
    }
    return source.toString();
  }
}
