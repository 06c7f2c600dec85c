package vn.ldtbxh.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A missing tool fails the test in CI and skips it elsewhere; the message names the path and the
 * package.
 */
class RequiredToolsTest {

  static final Map<String, String> CI = Map.of("CI", "true");
  static final Map<String, String> NOT_CI = Map.of("HOME", "/home/dev");

  static RequiredTools installed(Map<String, String> environment, Path... paths) {
    Set<Path> present = Set.of(paths);
    return new RequiredTools(environment, present::contains);
  }

  @Test
  void inCiAMissingToolFailsNamingItsPathAndPackage() {
    RequiredTools tools = installed(CI, RequiredTools.CHROMIUM.path());

    assertThatThrownBy(
            () ->
                tools.require(
                    "the browser tests", RequiredTools.CHROMIUM, RequiredTools.CHROMEDRIVER))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "CI=true but /usr/bin/chromedriver is missing: install Debian's chromium-driver"
                + " (needed by the browser tests)");
  }

  @Test
  void inCiEveryMissingToolIsNamed() {
    RequiredTools tools = installed(CI);

    assertThatThrownBy(
            () ->
                tools.require(
                    "the browser tests", RequiredTools.CHROMIUM, RequiredTools.CHROMEDRIVER))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "CI=true but /usr/bin/chromium and /usr/bin/chromedriver are missing: install Debian's chromium"
                + " and chromium-driver (needed by the browser tests)");
  }

  @Test
  void outsideCiAMissingToolSkipsTheTest() {
    RequiredTools tools = installed(NOT_CI);

    assertThatThrownBy(() -> tools.require("the LibreOffice round trip", RequiredTools.SOFFICE))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("/usr/bin/soffice is missing (Debian's libreoffice-writer-nogui)")
        .hasMessageContaining("the LibreOffice round trip skipped");
  }

  @Test
  void onlyCiEqualToTrueCountsAsCi() {
    assertThat(installed(CI).ci()).isTrue();
    assertThat(installed(Map.of("CI", "TRUE")).ci()).isTrue();
    assertThat(installed(NOT_CI).ci()).isFalse();
    assertThat(installed(Map.of("CI", "false")).ci()).isFalse();
    assertThat(installed(Map.of("CI", "")).ci()).isFalse();
  }

  @Test
  void installedToolsPassInCiAndOutside() {
    for (Map<String, String> environment : List.of(CI, NOT_CI)) {
      RequiredTools tools =
          installed(environment, RequiredTools.CHROMIUM.path(), RequiredTools.CHROMEDRIVER.path());
      assertThatCode(
              () ->
                  tools.require(
                      "the browser tests", RequiredTools.CHROMIUM, RequiredTools.CHROMEDRIVER))
          .doesNotThrowAnyException();
    }
  }
}
