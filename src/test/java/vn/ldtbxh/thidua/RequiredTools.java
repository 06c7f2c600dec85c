package vn.ldtbxh.thidua;

import static java.util.stream.Collectors.joining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs from Debian that some tests run (Chromium and its driver, LibreOffice). Where one is
 * missing the test is skipped, except in CI (environment variable {@code CI=true}, set by {@code
 * .ci/run}): there it fails with the missing path and the Debian package to install, so that no
 * test is skipped silently.
 */
public final class RequiredTools {

  /** A program at the path where its Debian package installs it. */
  public record Tool(Path path, String debianPackage) {}

  public static final Tool CHROMIUM = new Tool(Path.of("/usr/bin/chromium"), "chromium");
  public static final Tool CHROMEDRIVER =
      new Tool(Path.of("/usr/bin/chromedriver"), "chromium-driver");
  public static final Tool SOFFICE =
      new Tool(Path.of("/usr/bin/soffice"), "libreoffice-writer-nogui");

  private final Map<String, String> environment;
  private final Predicate<Path> installed;

  /** For tests of this class: the environment variables and what counts as installed. */
  RequiredTools(Map<String, String> environment, Predicate<Path> installed) {
    this.environment = environment;
    this.installed = installed;
  }

  /**
   * This machine: its environment variables, and a tool is installed when its path is executable.
   */
  public static RequiredTools onThisMachine() {
    return new RequiredTools(System.getenv(), Files::isExecutable);
  }

  /** Whether the build runs in CI: the environment variable {@code CI} is {@code true}. */
  public boolean ci() {
    return "true".equalsIgnoreCase(environment.getOrDefault("CI", "").trim());
  }

  /**
   * Returns when every tool is installed; otherwise fails the calling test in CI and aborts it
   * (skipped) elsewhere, naming the missing paths and their Debian packages.
   *
   * @param tests what needs the tools, for the message (e.g. "the browser tests")
   */
  public void require(String tests, Tool... tools) {
    List<Tool> missing = Arrays.stream(tools).filter(tool -> !installed.test(tool.path())).toList();
    if (missing.isEmpty()) {
      return;
    }
    String paths = missing.stream().map(tool -> tool.path().toString()).collect(joining(" and "));
    String packages =
        missing.stream().map(Tool::debianPackage).distinct().collect(joining(" and "));
    String are = missing.size() == 1 ? "is" : "are";
    if (ci()) {
      Assertions.fail(
          "CI=true but "
              + paths
              + " "
              + are
              + " missing: install Debian's "
              + packages
              + " (needed by "
              + tests
              + ")");
    }
    Assumptions.abort(
        paths + " " + are + " missing (Debian's " + packages + "): " + tests + " skipped");
  }
}
