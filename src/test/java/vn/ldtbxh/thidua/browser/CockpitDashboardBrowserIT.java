package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldtbxh.thidua.RestTestSupport.runJobs;
import static vn.ldtbxh.thidua.RestTestSupport.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.round.DeadlineExtension;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * The Cockpit plugin "Thi đua" in a real browser (headless Chromium): a manager opens it from the
 * dashboard's header, chooses the round and sees units in several states (accepted, returned,
 * submitted late, not submitted, awaited with an extended deadline), the indicator charts drawn by
 * Chart.js, the nominations pipeline and the award history with the link to the Director's
 * decision; a unit cannot open Cockpit and the API refuses it. Screenshots under {@code
 * target/screenshots/}; skipped where Chromium is missing (fails with CI=true).
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitDashboardBrowserIT {

  static final Path SCREENSHOTS = TasklistCockpitBrowserIT.SCREENSHOTS;
  static final int YEAR = TestYears.of(CockpitDashboardBrowserIT.class);
  static final String MOVEMENT = "kiem-thu-buong-lai";
  static final String ROUND = "round-" + YEAR;

  @Autowired TestRestTemplate http;
  @Autowired MovementRepository movements;
  @Autowired RoundRepository rounds;
  @Autowired DeadlineExtension deadlines;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Environment environment;

  WebDriver driver;
  WebDriverWait wait;
  String base;
  String awarded;

  @BeforeAll
  void roundWithUnitsInSeveralStatesAndABrowser() throws IOException {
    base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
    RestTestSupport.openRound(
        movements,
        runtime,
        management,
        MOVEMENT,
        YEAR,
        "binhlong,locninh,phuoclong,dongphu,budang,chonthanh");
    submit("binhlong", 1000, 850, 400);
    complete(YEAR + "-binhlong", Map.of("reviewOutcome", "APPROVED"));
    submit("chonthanh", 1200, 1150, 395);
    complete(YEAR + "-chonthanh", Map.of("reviewOutcome", "APPROVED"));
    submit("locninh", 900, 880, 400);
    complete(
        YEAR + "-locninh",
        Map.of("reviewOutcome", "RETURNED", "reviewComment", "Bổ sung số hộ thoát nghèo."));
    deadlines.extend(ROUND, "budang", LocalDate.of(YEAR + 1, 1, 20));
    runJobs(management);
    awarded = nominate("binhlong", "Trần Thị Lan");
    step("thamdinh", awarded, Map.of("verifyOutcome", value("APPROVED")));
    step("vanphong", awarded, Map.of("dossierOutcome", value("COMPLETE")));
    step(
        "hoidong",
        awarded,
        Map.of(
            "membersTotal",
            value(11),
            "membersPresent",
            value(10),
            "votesFor",
            value(9),
            "minutesNumber",
            value("05/BB-HĐTĐKT")));
    step(
        "giamdoc",
        awarded,
        Map.of(
            "decisionNumber",
            value("88/QĐ-LĐTBXH"),
            "decisionDate",
            value(LocalDate.now().toString())));
    nominate("locninh", "Lê Văn Bình");
    // Đồng Phú's own deadline earlier, so that on 20 December it is closed as not submitted; Phước
    // Long submits late
    rounds.updateUnitDeadline(ROUND, "dongphu", LocalDate.of(YEAR, 12, 1));
    deadlines.reschedule(ROUND, "dongphu");
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.of(YEAR, 12, 20, 10, 0).atZone(VietnameseFormats.ZONE).toInstant()));
    runJobs(management);
    submit("phuoclong", 800, 790, 400);

    Files.createDirectories(SCREENSHOTS);
    driver = Chromium.start();
    wait = new WebDriverWait(driver, TasklistCockpitBrowserIT.WAIT);
  }

  @AfterAll
  void closeBrowser() {
    ClockUtil.reset();
    if (driver != null) {
      driver.quit();
    }
  }

  @AfterEach
  void signOut(TestInfo test) throws IOException {
    if (driver == null) {
      return;
    }
    Files.writeString(
        SCREENSHOTS.resolve(
            "zz-thi-dua-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + ".html"),
        driver.getPageSource(),
        StandardCharsets.UTF_8);
    Chromium.signOut(driver, base);
  }

  @Test
  @Order(1)
  void aManagerOpensThiDuaAndSeesTheRoundTheChartsAndTheAwards() throws IOException {
    driver.get(base + "/camunda/app/cockpit/");
    signInHere("quanly");
    WebElement card =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thidua-dashboard-card")));
    wait.until(d -> card.getText().contains(ROUND));
    shot("20-quanly-cockpit-the-thi-dua");

    WebElement entry =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("thidua-navigation")));
    assertThat(entry.getText()).isEqualTo("Thi đua");
    entry.click();
    wait.until(ExpectedConditions.urlContains("#/thi-dua"));
    WebElement select =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thidua-round")));
    wait.until(d -> !new Select(select).getOptions().isEmpty());
    new Select(select).selectByValue(ROUND);
    WebElement units =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thidua-units-table")));
    wait.until(
        d -> d.findElements(By.cssSelector("#thidua-units-table tr[data-unit]")).size() == 6);

    assertThat(stateText("binhlong")).isEqualTo("Được chấp nhận");
    assertThat(stateText("locninh")).isEqualTo("Bị trả lại");
    assertThat(stateText("phuoclong")).isEqualTo("Nộp muộn");
    assertThat(stateText("dongphu")).isEqualTo("Không nộp");
    assertThat(stateText("budang")).isEqualTo("Chưa nộp");
    assertThat(row("budang").getText())
        .contains(
            "20/01/" + (YEAR + 1),
            "Gia hạn (hạn ban đầu 15/12/" + YEAR + ")",
            "Gia hạn nộp báo cáo");
    assertThat(row("dongphu").getText())
        .contains("Thông báo đợt thi đua", "Đóng báo cáo (không nộp)");
    assertThat(row("locninh").getText()).contains("Trả lại báo cáo");
    assertThat(units.getText()).doesNotContain("undefined", "null", "NaN");
    assertThat(
            driver
                .findElement(By.cssSelector("#thidua-units .thidua-excel"))
                .getDomAttribute("href"))
        .isEqualTo("/api/dashboard/rounds/" + ROUND + "/units.xlsx");
    shot("21-quanly-thi-dua-don-vi");

    // the three charts drawn by Chart.js, with pixels on their canvas
    for (String chart :
        List.of("thidua-chart-fall", "thidua-chart-coverage", "thidua-chart-merit")) {
      wait.until(
          d ->
              Boolean.TRUE.equals(
                  js(
                      "return !!(window.Chart && window.Chart.getChart("
                          + "document.getElementById(arguments[0])));",
                      chart)));
      Number painted =
          (Number)
              js(
                  "const canvas = document.getElementById(arguments[0]);"
                      + "const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                      + "let count = 0; for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) count++; } return count;",
                  chart);
      assertThat(painted.longValue()).as(chart).isGreaterThan(1000);
    }
    assertThat(
            js(
                "const chart = window.Chart.getChart(document.getElementById('thidua-chart-fall'));"
                    + "return chart.data.datasets.map(d => d.label).join('|');"))
        .isEqualTo("Năm " + YEAR + "|Mục tiêu năm " + YEAR + " (của phong trào: giảm 0,5 điểm %)");
    WebElement indicators = driver.findElement(By.id("thidua-indicators"));
    scrollTo(indicators);
    assertThat(driver.findElement(By.id("thidua-indicators-table")).getText())
        .contains("Đạt", "Chưa đạt");
    shot("22-quanly-thi-dua-bieu-do-chi-tieu");

    WebElement pipeline = driver.findElement(By.id("thidua-nominations"));
    scrollTo(pipeline);
    assertThat(
            driver
                .findElement(By.cssSelector("#thidua-stages-table tr[data-status=AWARDED]"))
                .getText())
        .endsWith("1");
    assertThat(pipeline.getText())
        .contains("Quá hạn xử lý: 1", "Thẩm định thành tích", "(quá hạn)");
    shot("23-quanly-thi-dua-ho-so");

    WebElement nominee = driver.findElement(By.id("thidua-award-nominee"));
    scrollTo(nominee);
    nominee.sendKeys("Trần Thị Lan");
    driver.findElement(By.cssSelector("#thidua-award-search button[type=submit]")).click();
    WebElement decision =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(
                    "#thidua-awards-table tr[data-nomination='"
                        + awarded
                        + "'] a.thidua-decision")));
    assertThat(decision.getText())
        .isEqualTo(
            "Quyết định số 88/QĐ-LĐTBXH ngày "
                + VietnameseFormats.date(LocalDate.now())
                + " (.docx)");
    assertThat(decision.getDomAttribute("href"))
        .isEqualTo("/api/nominations/" + awarded + "/decision.docx");
    assertThat(
            driver
                .findElement(By.cssSelector("#thidua-awards .thidua-excel"))
                .getDomAttribute("href"))
        .isEqualTo("/api/dashboard/awards.xlsx?nominee=Tr%E1%BA%A7n+Th%E1%BB%8B+Lan");
    // the decision document downloads with the manager's Cockpit session
    assertThat(
            js(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                decision.getDomAttribute("href"),
                true))
        .isEqualTo(200L);
    shot("24-quanly-thi-dua-lich-su-khen-thuong");
  }

  @Test
  @Order(2)
  void aUnitCannotSeeIt() throws IOException {
    driver.get(base + "/camunda/app/cockpit/#/thi-dua");
    signInHere("budang");
    wait.until(
        d ->
            d.findElement(By.tagName("body"))
                .getText()
                .contains("không có quyền truy cập ứng dụng"));
    assertThat(driver.findElements(By.id("thidua-page"))).isEmpty();
    shot("25-budang-khong-vao-duoc-thi-dua");

    // signed in to Tasklist, the unit's session is refused by the API too
    driver.get(base + "/camunda/app/tasklist/");
    signInHere("budang");
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    Object answer =
        js(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/api/dashboard/rounds/' + arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.json().then(b => done(r.status + ' ' + b.message)));",
            ROUND,
            true);
    assertThat(answer)
        .isEqualTo(
            "403 Bạn không có quyền xem bảng theo dõi thi đua (dành cho Ban Giám đốc, Văn phòng Sở, "
                + "Phòng Bảo trợ xã hội và cán bộ theo dõi; mỗi đơn vị xem hồ sơ của mình trong Tasklist).");
    ResponseEntity<Map> basic =
        http.withBasicAuth("budang", "demo").getForEntity("/api/dashboard/rounds", Map.class);
    assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ---------------------------------------------------------------------------------------------

  private WebElement row(String unit) {
    return driver.findElement(By.cssSelector("#thidua-units-table tr[data-unit='" + unit + "']"));
  }

  private String stateText(String unit) {
    return row(unit).findElement(By.cssSelector("td:nth-child(3) .label")).getText().trim();
  }

  private Object js(String script, Object argument) {
    return ((JavascriptExecutor) driver).executeScript(script, argument);
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private Object js(String script, Object argument, boolean async) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, argument);
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
  }

  private void signInHere(String user) {
    Chromium.signIn(driver, wait, user);
  }

  private void shot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private void submit(String unit, int poorStart, int poorEnd, int receiving) {
    Map<String, Object> figures =
        RestTestSupport.districtFigures(poorStart, poorEnd, "Kết quả năm " + YEAR);
    figures.putAll(
        Map.of(
            "meritPoorHouseholds", 1, "allowanceEntitled", 400, "allowanceReceiving", receiving));
    complete(YEAR + "-" + unit, figures);
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(task.getId(), variables);
    runJobs(management);
  }

  private String nominate(String unit, String nominee) {
    return RestTestSupport.nominate(http, management, unit, ROUND, "GIAY_KHEN_GIAM_DOC", nominee);
  }

  private void step(String user, String key, Map<String, Object> variables) {
    RestTestSupport.completeOverRest(http, tasks, management, user, key, variables);
  }
}
