package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * The web applications in a real browser (headless Chromium): a unit's report in Tasklist with the
 * server's refusal and a valid submission, the Social Protection Division's review returning it,
 * the unit's revision task with the reviewer's comment, Cockpit for a manager and refused to a
 * unit, the language switch and the Vietnamese date format. Each step saves a screenshot under
 * {@code target/screenshots/} (copies of some are the pictures of the user guide in {@code
 * docs/images/}).
 *
 * <p>The browser's language is English on purpose: the applications must still be in Vietnamese.
 * Skipped when Chromium or chromedriver is not installed at /usr/bin; with CI=true that fails
 * instead.
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistCockpitBrowserIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(60);

  /**
   * The round's year: the first from three years on that has no round yet, as other integration
   * tests open rounds of their own years in the same application.
   */
  static int YEAR;

  static final String UNIT_NAME = "thành phố Đồng Xoài";
  static final String RETURN_COMMENT =
      "Đề nghị bổ sung số hộ nghèo thuộc diện người có công và tên xã điểm.";

  static final String PREPARE = "Lập báo cáo kết quả";
  static final String REVIEW = "Thẩm định báo cáo";
  static final String REVISE = "Chỉnh sửa, bổ sung báo cáo";

  static ApplicationContext spring;
  static WebDriver driver;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void openRoundAndBrowser(@Autowired ApplicationContext application) throws IOException {
    spring = application;
    base = "http://localhost:" + spring.getEnvironment().getRequiredProperty("local.server.port");

    RoundRepository rounds = spring.getBean(RoundRepository.class);
    YEAR = TestYears.of(TasklistCockpitBrowserIT.class);
    while (rounds.findByKey("round-" + YEAR).isPresent()) {
      YEAR++;
    }
    spring
        .getBean(MovementRepository.class)
        .save(
            new Movement(
                "kiem-thu-giao-dien-" + YEAR,
                "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
                YEAR,
                YEAR,
                "social-protection"));
    spring
        .getBean(RuntimeService.class)
        .startProcessInstanceByKey(
            "emulation-round",
            Map.of(
                "movement",
                "kiem-thu-giao-dien-" + YEAR,
                "year",
                YEAR,
                "unitCodes",
                "dongxoai,budang"));
    runJobs();

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

  /**
   * Keeps the page each scenario ended on (zz-&lt;scenario&gt;.png and .html, to diagnose a
   * failure), then signs out: each scenario starts signed out and in Vietnamese.
   */
  @AfterEach
  void signOut(TestInfo test) throws IOException {
    if (driver == null) {
      return;
    }
    dumpPage("zz-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    Chromium.signOut(driver, base);
  }

  // ---------------------------------------------------------------------------------------------
  // scenarios

  @Test
  @Order(1)
  void aUnitIsRefusedInvalidFiguresWithTheServersMessageThenSubmitsItsReport() throws IOException {
    driver.get(base + "/camunda/app/tasklist/");
    WebElement signIn =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] button[type=submit]")));
    // the browser asks for English; the application answers in Vietnamese
    assertThat(signIn.getText().trim()).isEqualTo("Đăng nhập");
    assertThat(
            driver
                .findElement(By.cssSelector("form[name=signinForm] input[type=text]"))
                .getDomAttribute("placeholder"))
        .isEqualTo("Tên đăng nhập");
    shot("01-dang-nhap-tasklist");

    String prepare = taskId("prepareReport");
    signInHere("dongxoai");
    WebElement task = taskInList(prepare, PREPARE);
    shot("02-dongxoai-danh-sach-viec");
    task.findElement(By.cssSelector("h4.task a")).click();
    openForm();
    claim();
    shot("03-dongxoai-bieu-mau-lap-bao-cao");

    // the form checks each figure against the total, not the sum of poor and near-poor households:
    // the server does
    fill("householdsTotal", "1000");
    fill("poorStart", "600");
    // the form's own checks, in Vietnamese too
    fill("poorEnd", "1500");
    wait.until(d -> formText().contains("Giá trị không được lớn hơn 1000."));
    fill("poorEnd", "500");
    wait.until(d -> !formText().contains("Giá trị không được lớn hơn"));
    fill("nearPoorStart", "500");
    fill("nearPoorEnd", "400");
    fill("leftPoverty", "150");
    fill("newlyPoor", "30");
    fill("relapsed", "5");
    fill(
        "summary",
        "Năm "
            + YEAR
            + " toàn thành phố giảm 100 hộ nghèo, 100 hộ cận nghèo; 100% đối tượng đủ điều kiện "
            + "được hưởng trợ cấp xã hội hằng tháng.");
    shot("04-dongxoai-nhap-so-lieu");
    complete();
    // Tasklist shows the server's message (today inside the engine's technical wording, see the
    // user guide)
    WebElement refusal =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'notifications')]//*[contains(., 'cộng lại')]")));
    assertThat(notificationsText())
        .contains(
            "Số hộ nghèo đầu năm và số hộ cận nghèo đầu năm cộng lại (1100) không thể "
                + "lớn hơn tổng số hộ dân (1000).");
    // only the Vietnamese message, not the engine's English wrapping
    assertThat(notificationsText()).doesNotContain("ENGINE-", "Cannot submit", "ThiduaException");
    assertThat(refusal.isDisplayed()).isTrue();
    shot("05-dongxoai-may-chu-tu-choi");

    // the message covers the form's buttons until it is closed
    driver
        .findElements(
            By.cssSelector(".page-notifications .alert button.close[ng-click^=removeNotification]"))
        .forEach(WebElement::click);
    wait.until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).isEmpty());
    fill("nearPoorStart", "300");
    fill("nearPoorEnd", "200");
    complete();
    wait.until(d -> tasksInList(prepare).isEmpty());
    assertThat(notificationsText()).doesNotContain("cộng lại");
    shot("06-dongxoai-da-nop-bao-cao");
  }

  @Test
  @Order(2)
  void socialProtectionReturnsTheReportWithAComment() throws IOException {
    String review = taskId("reviewReport");
    signIn("tasklist", "thamdinh");
    WebElement task = taskInList(review, REVIEW);
    // the Division sees the unit and the year in the list (shared filter "Việc của đơn vị")
    assertThat(task.getText()).contains(UNIT_NAME).contains(String.valueOf(YEAR));
    shot("07-thamdinh-danh-sach-viec");
    task.findElement(By.cssSelector("h4.task a")).click();
    openForm();
    claim();
    wait.until(
        d ->
            d.findElement(By.cssSelector(".fjs-container"))
                .getText()
                .contains("1. Hộ nghèo, hộ cận nghèo"));
    assertThat(formText()).contains(UNIT_NAME).contains("Tổng số hộ dân");
    shot("08-thamdinh-bieu-mau-tham-dinh");
    click(driver.findElement(By.xpath("//label[contains(., 'Trả lại để đơn vị bổ sung')]")));
    fill("reviewComment", RETURN_COMMENT);
    shot("09-thamdinh-tra-lai");
    complete();
    wait.until(d -> tasksInList(review).isEmpty());
    shot("10-thamdinh-da-tra-lai");
  }

  @Test
  @Order(3)
  void theUnitSeesTheRevisionTaskWithTheReviewersComment() throws IOException {
    runJobs(); // the notice of the return is sent asynchronously, before the revision task
    String revise = taskId("reviseReport");
    signIn("tasklist", "dongxoai");
    WebElement task = taskInList(revise, REVISE);
    shot("11-dongxoai-viec-chinh-sua");
    task.findElement(By.cssSelector("h4.task a")).click();
    openForm();
    wait.until(d -> formText().contains(RETURN_COMMENT));
    shot("12-dongxoai-y-kien-tham-dinh");
  }

  @Test
  @Order(4)
  void aManagerFollowsTheRoundInCockpitAndSeesTheDiagram() throws IOException {
    signIn("cockpit", "quanly");
    // the dashboard's counts, once loaded
    wait.until(d -> bodyText().matches("(?s).*Định nghĩa quy trình\\s+[1-9].*"));
    shot("13-quanly-cockpit-tong-quan");
    driver.get(base + "/camunda/app/cockpit/#/processes");
    WebElement definition =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Báo cáo kết quả của đơn vị']")));
    wait.until(d -> bodyText().contains("Đợt thi đua"));
    shot("14-quanly-cockpit-quy-trinh");
    definition.click();
    wait.until(d -> d.findElements(By.cssSelector("svg .djs-element.djs-shape")).size() > 10);
    wait.until(d -> bodyText().contains(YEAR + "-dongxoai"));
    assertThat(
            driver.findElements(By.cssSelector("svg .djs-element[data-element-id=prepareReport]")))
        .isNotEmpty();
    // dates as dd/MM/yyyy HH:mm here too (Cockpit ignores config.js; see
    // /camunda/thidua/date-formats.js)
    assertThat(
            driver
                .findElement(By.cssSelector("table.process-instances td.start-time"))
                .getText()
                .trim())
        .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    shot("15-quanly-cockpit-so-do-bao-cao");
  }

  @Test
  @Order(5)
  void aUnitCannotOpenCockpit() throws IOException {
    driver.get(base + "/camunda/app/cockpit/");
    signInHere("dongxoai");
    wait.until(d -> bodyText().contains("không có quyền truy cập ứng dụng"));
    assertThat(driver.findElements(By.cssSelector("form[name=signinForm]"))).isNotEmpty();
    shot("16-dongxoai-khong-vao-duoc-cockpit");
  }

  @Test
  @Order(6)
  void theLanguageSwitchTogglesEnglishAndBackAndDatesAreVietnamese() throws IOException {
    String revise = taskId("reviseReport");
    signIn("tasklist", "dongxoai");
    WebElement task = taskInList(revise, REVISE);
    // due dates: "in 3 years" in the list, the date itself (dd/MM/yyyy HH:mm) in the tooltip
    WebElement due = task.findElement(By.cssSelector(".due-date [uib-tooltip]"));
    new Actions(driver).moveToElement(due).perform();
    WebElement tooltip =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tooltip-inner")));
    assertThat(tooltip.getText()).matches(".*\\b\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\b.*");
    shot("17-dongxoai-dinh-dang-ngay");

    WebElement toggle = driver.findElement(By.id("thidua-language-switch"));
    assertThat(toggle.getText()).isEqualTo("English");
    toggle.click();
    wait.until(d -> "Tiếng Việt".equals(d.findElement(By.id("thidua-language-switch")).getText()));
    assertThat(
            ((JavascriptExecutor) driver)
                .executeScript("return window.localStorage.getItem('thidua.locale')"))
        .isEqualTo("en");
    wait.until(d -> !tasksInList(revise).isEmpty());
    wait.until(d -> bodyText().contains("Start process"));
    shot("18-dongxoai-tieng-anh");

    driver.findElement(By.id("thidua-language-switch")).click();
    wait.until(d -> "English".equals(d.findElement(By.id("thidua-language-switch")).getText()));
    assertThat(
            ((JavascriptExecutor) driver)
                .executeScript("return window.localStorage.getItem('thidua.locale')"))
        .isEqualTo("vi");
    taskInList(revise, REVISE);
    wait.until(d -> bodyText().contains("Khởi tạo quy trình"));
    shot("19-dongxoai-tieng-viet");
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static void runJobs() {
    ManagementService management = spring.getBean(ManagementService.class);
    for (Job job = nextJob(management); job != null; job = nextJob(management)) {
      management.executeJob(job.getId());
    }
  }

  private static Job nextJob(ManagementService management) {
    return management.createJobQuery().executable().listPage(0, 1).stream()
        .findFirst()
        .orElse(null);
  }

  private void signIn(String app, String user) {
    driver.get(base + "/camunda/app/" + app + "/");
    signInHere(user);
  }

  private void signInHere(String user) {
    Chromium.signIn(driver, wait, user);
  }

  /**
   * The open task of this test's round for Đồng Xoài: other tests sharing the application may have
   * left tasks of other years, and a unit's list does not show the year.
   */
  private static String taskId(String taskKey) {
    Task task =
        spring
            .getBean(TaskService.class)
            .createTaskQuery()
            .processInstanceBusinessKey(YEAR + "-dongxoai")
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as("open task %s of %s-dongxoai", taskKey, YEAR).isNotNull();
    return task.getId();
  }

  private List<WebElement> tasksInList(String taskId) {
    return driver.findElements(
        By.xpath(
            "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//a[@href='#/?task="
                + taskId
                + "']]"));
  }

  /** The task in the list, once the list is loaded; its name is checked. */
  private WebElement taskInList(String taskId, String name) {
    WebElement task = wait.until(d -> tasksInList(taskId).stream().findFirst().orElse(null));
    assertThat(task.findElement(By.cssSelector("h4.task a")).getText().trim()).isEqualTo(name);
    return task;
  }

  private void openForm() {
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form")));
  }

  /** Claims the open task ("Nhận việc"): its form can be completed only by its assignee. */
  private void claim() {
    WebElement claim =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Nhận việc']")));
    claim.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.unclaim")));
    wait.until(
        ExpectedConditions.elementToBeClickable(
            By.xpath("//button[@type='submit' and normalize-space()='Hoàn thành']")));
  }

  /**
   * Types into the form-js field of this key, found by its id
   * (fjs-form-&lt;form&gt;-Field_&lt;key&gt;), and leaves it. form-js keeps what is typed for 300
   * ms before it takes it; leaving the field takes it at once. A field typed into while the form
   * redraws for the previous one can lose what was typed: typed again.
   */
  private void fill(String key, String value) {
    WebElement field =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container [id$='Field_" + key + "']")));
    for (int attempt = 1; ; attempt++) {
      // away from the fixed footer and language switch at the bottom of the window
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
      field.click();
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      field.sendKeys(value);
      field.sendKeys(Keys.TAB);
      settle();
      String typed = field.getDomProperty("value");
      if (value.equals(typed)) {
        return;
      }
      assertThat(attempt).as("%s = \"%s\", not \"%s\"", key, typed, value).isLessThan(3);
    }
  }

  /** Until the page has drawn twice: the form has redrawn after the last change. */
  private void settle() {
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));");
  }

  private void complete() {
    WebElement button =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[@type='submit' and normalize-space()='Hoàn thành']")));
    click(button);
  }

  /**
   * Clicks in the middle of the window, away from the fixed footer and language switch at its
   * bottom.
   */
  private void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private String formText() {
    return driver.findElement(By.cssSelector(".fjs-container")).getText();
  }

  private String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private String notificationsText() {
    return driver.findElements(By.cssSelector(".notifications")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private void shot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private void dumpPage(String name) throws IOException {
    Files.writeString(
        SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    shot(name);
  }
}
