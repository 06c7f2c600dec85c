package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.dossier.DossierScenario;

/**
 * What a unit typed is shown as typed in Tasklist: nominees named {@code [Xác
 * nhận](https://example.com)} and {@code <b>x</b>} reach the social protection division's
 * verifyAchievements form, which shows the characters literally, with no link and no bold text.
 * Screenshots under {@code target/screenshots/} (ky-tu-*.png). Skipped without Chromium and
 * chromedriver.
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
class TypedValuesBrowserIT {

  static final Path SCREENSHOTS = TasklistCockpitBrowserIT.SCREENSHOTS;
  static final Duration WAIT = TasklistCockpitBrowserIT.WAIT;

  /** A year no other integration test opens a round for. */
  static final int YEAR = TestYears.of(TypedValuesBrowserIT.class);

  static final String LINK_NAME = "[Xác nhận](https://example.com)";
  static final String TAG_NAME = "<b>x</b>";

  static ApplicationContext spring;
  static WebDriver driver;
  static WebDriverWait wait;
  static String base;
  static String linkNomination;
  static String tagNomination;

  @BeforeAll
  static void nominationsAndBrowser(@Autowired ApplicationContext application) throws IOException {
    spring = application;
    base = "http://localhost:" + spring.getEnvironment().getRequiredProperty("local.server.port");
    DossierScenario scenario = new DossierScenario(spring);
    scenario.openRound("kiem-thu-ky-tu-" + YEAR, YEAR, "dongxoai,budang");
    linkNomination = scenario.nominate(YEAR, "dongxoai", LINK_NAME, "Chuyên viên");
    tagNomination = scenario.nominate(YEAR, "budang", TAG_NAME, "Kế toán");
    Files.createDirectories(SCREENSHOTS);
    driver = Chromium.start();
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @AfterEach
  void signOut(TestInfo test) throws IOException {
    if (driver == null) {
      return;
    }
    String name = "zz-ky-tu-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
    Files.writeString(
        SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    shot(name);
    Chromium.signOut(driver, base);
  }

  @Test
  void aNomineeNamedLikeAMarkdownLinkIsShownLiterally() throws IOException {
    WebElement form = openVerifyForm(linkNomination);
    assertThat(nomineeField().getDomProperty("value")).isEqualTo(LINK_NAME);
    assertThat(form.findElements(By.cssSelector("a[href*='example.com']"))).isEmpty();
    assertThat(form.findElements(By.xpath(".//a[contains(., 'Xác nhận')]"))).isEmpty();
    shot("ky-tu-01-ten-dang-lien-ket");
  }

  @Test
  void aNomineeNamedLikeHtmlIsShownLiterally() throws IOException {
    WebElement form = openVerifyForm(tagNomination);
    assertThat(nomineeField().getDomProperty("value")).isEqualTo(TAG_NAME);
    assertThat(
            form.findElements(
                By.xpath(".//b[normalize-space()='x'] | .//strong[normalize-space()='x']")))
        .isEmpty();
    shot("ky-tu-02-ten-dang-html");
  }

  /**
   * Signs in as the social protection division's officer and opens the nomination's
   * verifyAchievements form.
   */
  private WebElement openVerifyForm(String businessKey) {
    Task task =
        spring
            .getBean(TaskService.class)
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey("verifyAchievements")
            .singleResult();
    assertThat(task).as("verifyAchievements of %s", businessKey).isNotNull();
    driver.get(base + "/camunda/app/tasklist/");
    Chromium.signIn(driver, wait, "thamdinh");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
    driver.get(base + "/camunda/app/tasklist/#/?task=" + task.getId());
    WebElement form =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container .fjs-form")));
    wait.until(d -> !nomineeField().getDomProperty("value").isEmpty());
    wait.until(d -> form.getText().contains("Thẩm định thành tích"));
    return form;
  }

  private WebElement nomineeField() {
    return driver.findElement(By.cssSelector(".fjs-container input[id$='Field_nomineeName']"));
  }

  private void shot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
