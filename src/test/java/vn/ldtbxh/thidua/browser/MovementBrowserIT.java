package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.VietnamTime;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * Social protection creates a movement in Cockpit ("Phong trào") and opens its round from
 * Tasklist's start form, choosing the movement from a list: no code typed but the new movement's
 * own. The movement runs this year and next, so that the start form offers it; its round is the
 * final round of next year, a key no other class sharing the application opens.
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MovementBrowserIT {

  static final int THIS_YEAR = Year.now(VietnamTime.VN_ZONE).getValue();
  static final int NEXT_YEAR = THIS_YEAR + 1;
  static final String CODE = "trinh-duyet-" + THIS_YEAR;
  static final String NAME = "Phong trào thử trên trình duyệt " + THIS_YEAR;
  static final String ROUND = "round-" + NEXT_YEAR + "-final";

  @Autowired Environment environment;
  @Autowired RoundRepository rounds;
  @Autowired DeadlineCalculator deadlines;

  WebDriver driver;
  WebDriverWait wait;
  String base;

  @BeforeAll
  void browser() throws IOException {
    base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
    Files.createDirectories(TasklistCockpitBrowserIT.SCREENSHOTS);
    driver = Chromium.start();
    wait = new WebDriverWait(driver, TasklistCockpitBrowserIT.WAIT);
  }

  @AfterAll
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Keeps the page each scenario ended on (zz-phong-trao-&lt;scenario&gt;.png), then signs out. */
  @AfterEach
  void signOut(org.junit.jupiter.api.TestInfo test) throws IOException {
    if (driver != null) {
      String name = "zz-phong-trao-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
      shot(name);
      Files.writeString(
          TasklistCockpitBrowserIT.SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      Chromium.signOut(driver, base);
    }
  }

  @Test
  @Order(1)
  void socialProtectionCreatesAMovementInCockpit() throws IOException {
    driver.get(base + "/camunda/app/cockpit/");
    Chromium.signIn(driver, wait, "thamdinh");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("thidua-movements-navigation")))
        .click();
    wait.until(ExpectedConditions.urlContains("#/phong-trao"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-movements-table"), "179/KH-LĐTBXH"));
    driver.findElement(By.id("thidua-movement-new")).click();
    driver.findElement(By.id("thidua-movement-code")).sendKeys(CODE);
    driver.findElement(By.id("thidua-movement-name")).sendKeys(NAME);
    driver.findElement(By.id("thidua-movement-plan-number")).sendKeys("30/KH-SYT");
    set(By.id("thidua-movement-plan-date"), LocalDate.of(THIS_YEAR, 1, 15).toString());
    set(By.id("thidua-movement-first-year"), String.valueOf(THIS_YEAR));
    set(By.id("thidua-movement-last-year"), String.valueOf(NEXT_YEAR));
    // only Đồng Phú takes part
    for (WebElement box : driver.findElements(By.cssSelector(".thidua-movement-unit"))) {
      if (box.isSelected() != "dongphu".equals(box.getAttribute("value"))) {
        // Cockpit's style draws its own checkbox over the input: click it as a user's click does
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
      }
    }
    WebElement fall = visible(By.id("thidua-movement-target-POVERTY_RATE_FALL"));
    assertThat(fall.getAttribute("value")).isEqualTo("0,5");
    fall.clear();
    fall.sendKeys("1");
    visible(By.id("thidua-movement-save")).click();
    // the answer: the notice above the list, or the server's refusal under the form
    wait.until(
        d ->
            !text(By.id("thidua-movements-notice")).isBlank()
                || !d.findElements(By.cssSelector("#thidua-movement-result .alert")).isEmpty());
    // Cockpit's page scrolls inside a container that hides what is scrolled away: read the text
    assertThat(text(By.id("thidua-movements-notice")))
        .as(
            "%s",
            driver.findElements(By.cssSelector("#thidua-movement-result")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("Đã tạo phong trào \"" + NAME + "\"");
    WebElement row =
        visible(By.cssSelector("#thidua-movements-table tr[data-movement='" + CODE + "']"));
    assertThat(row.getText())
        .contains("30/KH-SYT", "1 đơn vị", "Mức giảm tỷ lệ hộ nghèo: 1 điểm %/năm");
    shot("80-thamdinh-cockpit-phong-trao-moi");
  }

  @Test
  @Order(2)
  void socialProtectionOpensItsRoundChoosingTheMovementFromAList() throws IOException {
    driver.get(base + "/camunda/app/tasklist/");
    Chromium.signIn(driver, wait, "thamdinh");
    // social protection has no task here: wait for the filters instead of the list
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Việc của đơn vị"));
    Chromium.openStartForm(wait, "Đợt thi đua");
    WebElement movement = Chromium.selectDisplay(wait, "Phong trào thi đua");
    Chromium.choose(wait, movement, NAME);
    wait.until(d -> movement.getText().startsWith(NAME));
    WebElement year = driver.findElement(By.cssSelector("input[id$='Field_year']"));
    assertThat(year.getAttribute("value")).isEqualTo(String.valueOf(THIS_YEAR));
    year.clear();
    year.sendKeys(String.valueOf(NEXT_YEAR));
    // the radio input sits under its label, which form-js styles: click it as the label does
    WebElement finalRound =
        driver.findElement(
            By.xpath(
                "//label[contains(., 'Đợt tổng kết')]//input[@type='radio'] |"
                    + " //label[contains(., 'Đợt tổng kết')]/preceding-sibling::input[@type='radio']"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", finalRound);
    wait.until(d -> finalRound.isSelected());
    List<WebElement> units = driver.findElements(By.xpath("//label[contains(., 'Đồng Phú')]"));
    assertThat(units).isNotEmpty();
    shot("81-thamdinh-tasklist-mo-dot-chon-phong-trao");
    WebElement start =
        driver.findElement(
            By.xpath("//div[contains(@class, 'modal')]//button[normalize-space(.) = 'Bắt đầu']"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
    wait.until(ExpectedConditions.elementToBeClickable(start)).click();
    wait.until(d -> rounds.exists(ROUND));
    assertThat(rounds.findByKey(ROUND).orElseThrow().deadline())
        .isEqualTo(deadlines.defaultDeadlineDate(NEXT_YEAR));
    assertThat(rounds.unitCodes(ROUND)).containsExactly("dongphu");
  }

  /** The element scrolled to the middle of the window, clear of the page's fixed footer. */
  private WebElement visible(By locator) {
    WebElement element = driver.findElement(locator);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  /** The element's text, shown or scrolled away. */
  private String text(By locator) {
    return driver.findElement(locator).getDomProperty("textContent");
  }

  private void set(By field, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(field), value);
  }

  private void shot(String name) throws IOException {
    Files.write(
        TasklistCockpitBrowserIT.SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
