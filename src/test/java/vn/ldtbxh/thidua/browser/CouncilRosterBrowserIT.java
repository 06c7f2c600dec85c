package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.council.CouncilMemberRepository;
import vn.ldtbxh.thidua.council.Rosters;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * The office keeps the council's roster in Cockpit ("Hội đồng"): it sees the council's size today,
 * adds the fifteenth member, and the next council meeting's form in Tasklist shows 15 members. The
 * roster covers today, where the other tests sharing the application vote with totals of their own:
 * it is removed when the class ends (the classes run one after the other).
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class CouncilRosterBrowserIT {

  static final int YEAR = TestYears.of(CouncilRosterBrowserIT.class);
  static final String ROUND = "round-" + YEAR;

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CouncilMemberRepository council;
  @Autowired Environment environment;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  WebDriver driver;
  WebDriverWait wait;
  String base;
  String nomination;

  @BeforeAll
  void aNominationBeforeTheCouncilAndARosterOfFourteen() throws IOException {
    base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
    RestTestSupport.openRound(
        movements, runtime, management, "kiem-thu-hoi-dong", YEAR, "binhlong");
    nomination = nominate();
    step("thamdinh", Map.of("verifyOutcome", value("APPROVED")));
    Rosters.serving(council, LocalDate.now(VietnameseFormats.ZONE).minusDays(30), 14);
    Files.createDirectories(TasklistCockpitBrowserIT.SCREENSHOTS);
    driver = Chromium.start();
    wait = new WebDriverWait(driver, TasklistCockpitBrowserIT.WAIT);
  }

  @AfterAll
  void closeBrowserAndRemoveTheRoster() {
    if (driver != null) {
      driver.quit();
    }
    jdbc.update(
        "delete from council_member_change where member_id in (select id from council_member"
            + " where valid_from > ?)",
        LocalDate.of(2000, 1, 1));
    jdbc.update("delete from council_member where valid_from > ?", LocalDate.of(2000, 1, 1));
  }

  /** Keeps the page each scenario ended on (zz-hoi-dong-&lt;scenario&gt;.html), then signs out. */
  @AfterEach
  void signOut(org.junit.jupiter.api.TestInfo test) throws IOException {
    if (driver != null) {
      Files.writeString(
          TasklistCockpitBrowserIT.SCREENSHOTS.resolve(
              "zz-hoi-dong-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + ".html"),
          driver.getPageSource());
      Chromium.signOut(driver, base);
    }
  }

  @Test
  @Order(1)
  void theOfficeAddsTheFifteenthMemberInCockpit() throws IOException {
    driver.get(base + "/camunda/app/cockpit/");
    Chromium.signIn(driver, wait, "vanphong");
    WebElement entry =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("thidua-council-navigation")));
    assertThat(entry.getText()).isEqualTo("Hội đồng");
    entry.click();
    wait.until(ExpectedConditions.urlContains("#/hoi-dong"));
    WebElement size =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("thidua-council-size-number")));
    assertThat(size.getText()).isEqualTo("14");

    driver.findElement(By.id("thidua-council-name")).sendKeys("Trần Thị Bình");
    driver.findElement(By.id("thidua-council-position")).sendKeys("Chánh Văn phòng Sở");
    // a date input takes its value in the browser's own format: set it as the form sends it
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];",
            driver.findElement(By.id("thidua-council-from")),
            LocalDate.now(VietnameseFormats.ZONE).minusDays(1).toString());
    driver.findElement(By.id("thidua-council-add")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-council-form-area"), "Đã ghi Trần Thị Bình (Ủy viên)"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-council-size-number"), "15"));
    WebElement added =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='thidua-council-table']//tr[td='Trần Thị Bình']")));
    assertThat(added.getDomProperty("textContent"))
        .contains("Chánh Văn phòng Sở", "Ủy viên", "Đang tham gia", "Ghi bởi vanphong");
    shot("60-vanphong-cockpit-hoi-dong");

    // the same person again in the same period: refused in Vietnamese, nothing added
    driver.findElement(By.id("thidua-council-name")).sendKeys("Trần Thị Bình");
    driver.findElement(By.id("thidua-council-position")).sendKeys("Chánh Văn phòng Sở");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];",
            driver.findElement(By.id("thidua-council-from")),
            LocalDate.now(VietnameseFormats.ZONE).toString());
    driver.findElement(By.id("thidua-council-add")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-council-result"), "đã là thành viên Hội đồng trong thời gian này"));
    assertThat(driver.findElement(By.id("thidua-council-size-number")).getText()).isEqualTo("15");
  }

  @Test
  @Order(2)
  void theNextMeetingsFormShowsTheNewTotal() throws IOException {
    step("vanphong", Map.of("dossierOutcome", value("COMPLETE")));
    Task vote = tasks.createTaskQuery().processInstanceBusinessKey(nomination).singleResult();
    assertThat(vote.getTaskDefinitionKey()).isEqualTo("councilVote");
    driver.get(base + "/camunda/app/tasklist/");
    Chromium.signIn(driver, wait, "hoidong");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
    driver.get(base + "/camunda/app/tasklist/#/?task=" + vote.getId());
    WebElement total =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container input[id$='Field_membersTotal']")));
    wait.until(d -> "15".equals(total.getDomProperty("value")));
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
        .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    shot("61-hoidong-tasklist-bieu-quyet-15-thanh-vien");
  }

  @Test
  @Order(3)
  void aUnitStartingANominationChoosesItsRoundFromAListAndSeesNoCamundaBanner() throws IOException {
    driver.get(base + "/camunda/app/tasklist/");
    Chromium.signIn(driver, wait, "binhlong");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
    Chromium.openStartForm(wait, "Hồ sơ đề nghị khen thưởng");
    WebElement awardForm = selectDisplay("Hình thức khen thưởng");
    wait.until(d -> "Chọn".equals(awardForm.getText()));
    // the unit is the user's own, chosen and read-only
    WebElement unit = selectDisplay("Đơn vị đề nghị");
    wait.until(d -> unit.getText().contains("Bình Long"));
    assertThat(
            driver.findElement(
                By.xpath(
                    "//div[contains(@class, 'fjs-form-field-select')][.//label[contains(., 'Đơn vị"
                        + " đề nghị')]]//*[contains(concat(' ', @class, ' '), ' readonly ')]")))
        .isNotNull();
    // the round is chosen from the open rounds that called Bình Long
    WebElement round = selectDisplay("Đợt thi đua");
    Chromium.choose(wait, round, "Năm " + YEAR + ",");
    wait.until(d -> round.getText().startsWith("Năm " + YEAR + ", đợt hằng năm"));
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
        .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    shot("62-binhlong-tasklist-de-nghi-khen-thuong-chon-dot");
  }

  private WebElement selectDisplay(String label) {
    return Chromium.selectDisplay(wait, label);
  }

  private void shot(String name) throws IOException {
    Files.write(
        TasklistCockpitBrowserIT.SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private String nominate() {
    return RestTestSupport.nominate(
        http, management, "binhlong", ROUND, "GIAY_KHEN_GIAM_DOC", "Lê Thị Cúc");
  }

  private void step(String user, Map<String, Object> variables) {
    RestTestSupport.completeOverRest(http, tasks, management, user, nomination, variables);
  }
}
