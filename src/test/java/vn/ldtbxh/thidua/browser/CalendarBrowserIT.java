package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.deadline.CalendarStore;

/**
 * The office keeps the calendar in Cockpit ("Lịch làm việc"): the warning appears for a year
 * neither filled nor checked, on the dashboard for this year or the next and on the page for the
 * chosen year; the office marks the year checked, adds a day off and saves, sees its change beside
 * the year, and a date of another year is refused with the server's message. A manager reads the
 * year without editing it. The year is this class's own ({@link TestYears}), its day in May; its
 * rows are removed at the end.
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes"})
class CalendarBrowserIT {

  static final int YEAR = TestYears.of(CalendarBrowserIT.class);

  @Autowired TestRestTemplate http;
  @Autowired Environment environment;
  @Autowired JdbcTemplate jdbc;
  @Autowired CalendarStore store;

  WebDriver driver;
  WebDriverWait wait;
  String base;

  @BeforeAll
  void startTheBrowser() throws IOException {
    base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
    Files.createDirectories(TasklistCockpitBrowserIT.SCREENSHOTS);
    driver = Chromium.start();
    wait = new WebDriverWait(driver, TasklistCockpitBrowserIT.WAIT);
  }

  @AfterAll
  void closeTheBrowserAndRemoveTheYear() {
    if (driver != null) {
      driver.quit();
    }
    jdbc.update("delete from calendar_entry where cal_year = ?", YEAR);
    jdbc.update("delete from calendar_change where cal_year = ?", YEAR);
    jdbc.update("delete from calendar_year where cal_year = ?", YEAR);
    jdbc.update("update calendar_version set version = version + 1 where id = 1");
    store.reload();
  }

  @AfterEach
  void signOut(org.junit.jupiter.api.TestInfo test) throws IOException {
    if (driver != null) {
      Files.writeString(
          TasklistCockpitBrowserIT.SCREENSHOTS.resolve(
              "zz-lich-lam-viec-"
                  + test.getTestMethod().map(m -> m.getName()).orElse("test")
                  + ".html"),
          driver.getPageSource());
      Chromium.signOut(driver, base);
    }
  }

  private void openYear(String user) {
    driver.get(base + "/camunda/app/cockpit/");
    Chromium.signIn(driver, wait, user);
    WebElement entry =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("thidua-calendar-navigation")));
    assertThat(entry.getText()).isEqualTo("Lịch làm việc");
    entry.click();
    wait.until(ExpectedConditions.urlContains("#/lich-lam-viec"));
    WebElement year =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thidua-calendar-year")));
    year.clear();
    year.sendKeys(String.valueOf(YEAR));
    driver.findElement(By.id("thidua-calendar-show")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-calendar-status"), "Năm " + YEAR));
  }

  @Test
  @Order(1)
  void theCalendarWarningAppearsForAYearNeitherFilledNorChecked() throws IOException {
    Map coverage = http.withBasicAuth("vanphong", "demo").getForObject("/api/calendar", Map.class);
    driver.get(base + "/camunda/app/cockpit/");
    Chromium.signIn(driver, wait, "vanphong");
    if (coverage.get("warning") != null) {
      // this year or the next is neither filled nor checked in the shared database: the dashboard
      // says so
      WebElement dashboard =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("thidua-calendar-warning")));
      assertThat(dashboard.getText()).contains("chưa được cập nhật", "Mở trang Lịch làm việc");
    }
    Chromium.signOut(driver, base);

    openYear("vanphong");
    WebElement warning =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("thidua-calendar-year-warning")));
    assertThat(warning.getText())
        .contains("Lịch năm " + YEAR + " chưa được cập nhật và chưa được đánh dấu");
    assertThat(driver.findElement(By.id("thidua-calendar-status-text")).getText())
        .isEqualTo("Chưa cập nhật, chưa kiểm tra");
    shot("70-vanphong-cockpit-lich-lam-viec-canh-bao");

    driver.findElement(By.id("thidua-calendar-checked")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-calendar-status-text"), "Đã kiểm tra, không thay đổi"));
    assertThat(driver.findElements(By.id("thidua-calendar-year-warning"))).isEmpty();
    assertThat(driver.findElement(By.id("thidua-calendar-changes")).getText())
        .contains("Đánh dấu \"Đã kiểm tra, không thay đổi\" bởi vanphong");
  }

  @Test
  @Order(2)
  void theOfficeAddsADayOffAndSeesItsChangeBesideTheYear() throws IOException {
    openYear("vanphong");
    driver.findElement(By.id("thidua-calendar-add-row")).click();
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".thidua-calendar-row")));
    setDate(row.findElement(By.cssSelector(".thidua-calendar-date")), YEAR + "-05-04");
    row.findElement(By.cssSelector(".thidua-calendar-note"))
        .sendKeys("Nghỉ hoán đổi (thông báo thử nghiệm)");
    driver.findElement(By.id("thidua-calendar-save")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-calendar-result"), "Đã lưu lịch năm " + YEAR + ": 1 ngày."));
    assertThat(driver.findElement(By.id("thidua-calendar-status-text")).getText())
        .isEqualTo("Đã cập nhật lịch nghỉ, làm bù");
    assertThat(driver.findElement(By.id("thidua-calendar-changes")).getText())
        .contains("Sửa bởi vanphong", "thêm 04/05/" + YEAR + " Ngày nghỉ");
    shot("71-vanphong-cockpit-lich-lam-viec-da-luu");

    // a date of another year: the server's Vietnamese message, nothing saved
    driver.findElement(By.id("thidua-calendar-add-row")).click();
    WebElement second = driver.findElements(By.cssSelector(".thidua-calendar-row")).get(1);
    setDate(second.findElement(By.cssSelector(".thidua-calendar-date")), (YEAR + 1) + "-05-04");
    driver.findElement(By.id("thidua-calendar-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("thidua-calendar-error"), "không thuộc năm " + YEAR));
    assertThat(store.entries(YEAR)).hasSize(1);
  }

  @Test
  @Order(3)
  void aManagerReadsTheYearWithoutEditingIt() {
    openYear("quanly");
    WebElement table =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thidua-calendar-table")));
    assertThat(table.getText()).contains("04/05/" + YEAR, "Nghỉ hoán đổi (thông báo thử nghiệm)");
    assertThat(driver.findElements(By.id("thidua-calendar-save"))).isEmpty();
    assertThat(driver.findElements(By.id("thidua-calendar-checked"))).isEmpty();
  }

  private void setDate(WebElement input, String value) {
    // a date input takes its value in the browser's own format: set it as the form sends it
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
  }

  private void shot(String name) throws IOException {
    Files.write(
        TasklistCockpitBrowserIT.SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
