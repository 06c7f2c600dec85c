package vn.ldtbxh.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.SharedApplication;
import vn.ldtbxh.thidua.TestYears;
import vn.ldtbxh.thidua.dossier.DossierScenario;

/**
 * Tasklist's "Hồ sơ của đơn vị" and "Văn bản đính kèm" in a real browser (headless Chromium): Đồng
 * Xoài sees its accepted report, with the reviewer's return comment, and its nomination in
 * progress, attaches a scanned PDF (a text file is refused with the server's message) and withdraws
 * the nomination; the social protection reviewer finds the scan on the verification task and
 * reopens the accepted report; Bù Đăng attaches a PDF on its own report task and sees only its own
 * dossiers, the API refusing Đồng Xoài's. Screenshots under {@code target/screenshots/}
 * (ho-so-*.png). Skipped without Chromium and chromedriver (fails with CI=true).
 */
@ExtendWith(Chromium.Installed.class)
@SharedApplication
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitDossiersBrowserIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(60);
  static final int YEAR = TestYears.of(UnitDossiersBrowserIT.class);
  static final String REPORT = YEAR + "-dongxoai";
  static final String WITHDRAW_REASON = "Cá nhân được đề nghị chuyển công tác sang đơn vị khác.";
  static final String REOPEN_REASON =
      "Số hộ thoát nghèo cần đối chiếu lại với kết quả rà soát của tỉnh.";

  static ApplicationContext spring;
  static WebDriver driver;
  static WebDriverWait wait;
  static String base;
  static String nomination;
  static String budangNomination;
  static Path files;
  static Path scan;
  static Path notAScan;

  @BeforeAll
  static void dossiersAndBrowser(@Autowired ApplicationContext application) throws IOException {
    spring = application;
    base = "http://localhost:" + spring.getEnvironment().getRequiredProperty("local.server.port");
    DossierScenario scenario = new DossierScenario(spring);
    scenario.openRound("kiem-thu-ho-so-giao-dien", YEAR, "dongxoai,budang");
    scenario.reportReturnedThenAccepted(YEAR, "dongxoai");
    nomination = scenario.nominate(YEAR, "dongxoai", "Nguyễn Thị Thu Hà", "Chuyên viên");
    budangNomination = scenario.nominate(YEAR, "budang", "Lê Thị Mai", "Kế toán");

    Files.createDirectories(SCREENSHOTS);
    files = Files.createTempDirectory("ho-so-");
    scan = Files.write(files.resolve("bien-ban-hop-xet-thi-dua.pdf"), smallPdf());
    notAScan = files.resolve("ghi-chu.pdf");
    Files.writeString(notAScan, "Đây là ghi chú, không phải bản quét.", StandardCharsets.UTF_8);

    driver = Chromium.start();
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (scan != null) {
      Files.deleteIfExists(scan);
      Files.deleteIfExists(notAScan);
      Files.deleteIfExists(files);
    }
  }

  @AfterEach
  void signOut(TestInfo test) throws IOException {
    if (driver == null) {
      return;
    }
    String name = "zz-ho-so-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
    Files.writeString(
        SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    shot(name);
    Chromium.signOut(driver, base);
  }

  // ---------------------------------------------------------------------------------------------
  // scenarios

  @Test
  @Order(1)
  void theUnitSeesItsAcceptedReportAndItsNominationInProgress() throws IOException {
    signIn("dongxoai");
    openDossiers();
    WebElement report = dossier(REPORT);
    assertThat(report.getText())
        .contains(
            "Báo cáo kết quả",
            "Báo cáo kết quả thi đua năm " + YEAR,
            "Được chấp nhận",
            "Đã kết thúc",
            "Thẩm định báo cáo: Trả lại để bổ sung",
            DossierScenario.RETURN_COMMENT);
    assertThat(report.findElements(By.cssSelector(".thidua-reopen"))).isEmpty();
    WebElement inProgress = dossier(nomination);
    assertThat(inProgress.getText())
        .contains(
            "Đề nghị khen thưởng",
            "Giấy khen của Giám đốc Sở",
            "Nguyễn Thị Thu Hà",
            "Đang thẩm định thành tích",
            "Thẩm định thành tích",
            "Chưa có văn bản nào.");
    assertThat(inProgress.findElements(By.cssSelector(".thidua-withdraw"))).hasSize(1);
    assertThat(dialogText()).doesNotContain(budangNomination);
    shot("ho-so-01-dongxoai-danh-sach");
  }

  @Test
  @Order(2)
  void theUnitAttachesAScannedPdfAndATextFileIsRefused() throws IOException {
    signIn("dongxoai");
    openDossiers();
    WebElement inProgress = dossier(nomination);
    // the file field is the browser's own, hidden behind the Vietnamese button "Chọn tệp…"
    assertThat(inProgress.findElement(By.cssSelector(".thidua-upload-choose")).getText())
        .isEqualTo("Chọn tệp…");
    inProgress
        .findElement(By.cssSelector(".thidua-upload-input"))
        .sendKeys(notAScan.toAbsolutePath().toString());
    assertThat(inProgress.findElement(By.cssSelector(".thidua-upload-chosen")).getText())
        .startsWith("ghi-chu.pdf (");
    click(inProgress.findElement(By.cssSelector(".thidua-upload-button")));
    wait.until(
        d ->
            dossier(nomination)
                .findElement(By.cssSelector(".thidua-upload-message"))
                .getText()
                .contains("không phải PDF, JPEG hoặc PNG"));
    shot("ho-so-02-dongxoai-tep-bi-tu-choi");

    inProgress = dossier(nomination);
    inProgress
        .findElement(By.cssSelector(".thidua-upload-input"))
        .sendKeys(scan.toAbsolutePath().toString());
    click(inProgress.findElement(By.cssSelector(".thidua-upload-button")));
    String fileName = scan.getFileName().toString();
    wait.until(
        d ->
            dossier(nomination).findElements(By.cssSelector(".thidua-documents a")).stream()
                .anyMatch(link -> link.getText().equals(fileName)));
    WebElement row =
        dossier(nomination)
            .findElement(
                By.xpath(
                    ".//table[contains(@class,'thidua-documents')]//tr[td/a[.='"
                        + fileName
                        + "']]"));
    assertThat(row.getText())
        .contains("PDF", "dongxoai")
        .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(dossier(nomination).findElement(By.cssSelector(".thidua-upload-message")).getText())
        .contains("Đã đính kèm");
    // the link downloads the stored file with the user's session
    String href = row.findElement(By.tagName("a")).getDomAttribute("href");
    Object bytes =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => done(b.byteLength));",
                href);
    assertThat(((Number) bytes).intValue()).isEqualTo(smallPdf().length);
    assertThat(
            spring
                .getBean(JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from attachment where dossier_key = ?",
                    Integer.class,
                    nomination))
        .isEqualTo(1);
    scrollTo(row);
    shot("ho-so-03-dongxoai-da-dinh-kem");
  }

  @Test
  @Order(3)
  void theVerificationTaskShowsTheUnitsScanInItsAttachmentsTab() throws IOException {
    Task verify = task(nomination);
    assertThat(verify.getTaskDefinitionKey()).isEqualTo("verifyAchievements");
    signIn("thamdinh");
    driver.get(
        base
            + "/camunda/app/tasklist/#/?task="
            + verify.getId()
            + "&detailsTab=thidua.taskAttachments");
    WebElement tab =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".thidua-task-attachments")));
    wait.until(
        d ->
            d.findElement(By.cssSelector(".thidua-task-attachments"))
                .getText()
                .contains(scan.getFileName().toString()));
    assertThat(tab.getText())
        .contains(
            nomination,
            "dongxoai",
            "PDF",
            "Chỉ cán bộ của đơn vị lập hồ sơ mới đính kèm được văn bản.");
    assertThat(driver.findElements(By.xpath("//a[normalize-space()='Văn bản đính kèm']")))
        .isNotEmpty();
    shot("ho-so-04-thamdinh-tab-van-ban-dinh-kem");
  }

  @Test
  @Order(4)
  void anotherUnitAttachesOnItsReportTaskAndSeesOnlyItsOwnDossiers() throws IOException {
    Task prepare = task(YEAR + "-budang");
    signIn("budang");
    driver.get(base + "/camunda/app/tasklist/#/?task=" + prepare.getId());
    WebElement tabLink =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Văn bản đính kèm']")));
    tabLink.click();
    WebElement input =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".thidua-task-attachments .thidua-upload-input")));
    input.sendKeys(scan.toAbsolutePath().toString());
    driver.findElement(By.cssSelector(".thidua-task-attachments .thidua-upload-button")).click();
    wait.until(
        d ->
            d.findElement(By.cssSelector(".thidua-task-attachments"))
                .getText()
                .contains("Đã đính kèm"));
    assertThat(
            driver
                .findElement(By.cssSelector(".thidua-task-attachments .thidua-documents"))
                .getText())
        .contains(scan.getFileName().toString(), "budang");
    shot("ho-so-05-budang-dinh-kem-tren-viec");

    openDossiers();
    dossier(budangNomination);
    assertThat(dialogText())
        .contains(YEAR + "-budang", budangNomination)
        .doesNotContain(REPORT, nomination);
    assertThat(driver.findElements(By.id("thidua-dossier-unit"))).isEmpty();
    // the API refuses another unit's dossiers to this session
    Object status =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/units/dongxoai/dossiers', {credentials: 'same-origin'}).then(r => r.json().then(b => "
                    + "done(r.status + ' ' + b.message)));");
    assertThat(status).isEqualTo("403 Bạn chỉ xem được hồ sơ của đơn vị mình.");
    shot("ho-so-06-budang-chi-thay-don-vi-minh");
  }

  @Test
  @Order(5)
  void socialProtectionChoosesTheUnitAndReopensTheAcceptedReport() throws IOException {
    signIn("thamdinh");
    openDossiers();
    WebElement select =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thidua-dossier-unit")));
    new Select(select).selectByValue("dongxoai");
    WebElement report = dossier(REPORT);
    assertThat(report.findElements(By.cssSelector(".thidua-reopen"))).hasSize(1);
    assertThat(dossier(nomination).findElements(By.cssSelector(".thidua-withdraw"))).isEmpty();
    assertThat(dossier(nomination).findElements(By.cssSelector(".thidua-upload-input"))).isEmpty();
    giveReasonAndConfirm(
        REPORT,
        ".thidua-reopen",
        REOPEN_REASON,
        "ho-so-07-thamdinh-mo-lai-bao-cao",
        "Đã mở lại báo cáo");
    wait.until(d -> dossier(REPORT).getText().contains("Bị trả lại để chỉnh sửa"));
    assertThat(dossier(REPORT).findElements(By.cssSelector(".thidua-reopen"))).isEmpty();

    // the notice to the unit is sent from a job, then the unit's revision task opens
    RestTestSupport.runJobs(spring.getBean(ManagementService.class));
    new Select(driver.findElement(By.id("thidua-dossier-unit"))).selectByValue("budang");
    dossier(YEAR + "-budang");
    new Select(driver.findElement(By.id("thidua-dossier-unit"))).selectByValue("dongxoai");
    wait.until(d -> dossier(REPORT).getText().contains("Chỉnh sửa, bổ sung báo cáo"));
    assertThat(dossier(REPORT).getText())
        .contains("Mở lại báo cáo: Mở lại để đơn vị chỉnh sửa", REOPEN_REASON);
    scrollTo(dossier(REPORT).findElement(By.cssSelector(".thidua-dossier-comments")));
    shot("ho-so-08-thamdinh-da-mo-lai-bao-cao");
  }

  @Test
  @Order(6)
  void theUnitWithdrawsItsNomination() throws IOException {
    signIn("dongxoai");
    openDossiers();
    giveReasonAndConfirm(
        nomination,
        ".thidua-withdraw",
        WITHDRAW_REASON,
        "ho-so-09-dongxoai-ly-do-rut",
        "Đã rút hồ sơ");
    assertThat(driver.findElement(By.cssSelector(".thidua-dossiers-message")).getText())
        .contains(nomination, "Hồ sơ bị rút");
    WebElement withdrawn = wait.until(d -> dossier(nomination));
    assertThat(withdrawn.getText()).contains("Hồ sơ bị rút", "Đã kết thúc");
    assertThat(withdrawn.findElements(By.cssSelector(".thidua-withdraw"))).isEmpty();
    assertThat(task(nomination)).isNull();
    shot("ho-so-10-dongxoai-da-rut-ho-so");
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /**
   * A one-page PDF with a line of text, as a scanner's software would write it (valid
   * cross-reference table).
   */
  static byte[] smallPdf() {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
          + "/Resources << /Font << /F1 5 0 R >> >> >>",
      null,
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    };
    String text = "BT /F1 14 Tf 72 770 Td (Bien ban hop xet thi dua - ban quet) Tj ET";
    objects[3] = "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream";
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append("%010d 00000 n \n".formatted(offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static Task task(String businessKey) {
    List<Task> open =
        spring
            .getBean(TaskService.class)
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .list();
    return open.isEmpty() ? null : open.get(0);
  }

  private void signIn(String user) {
    driver.get(base + "/camunda/app/tasklist/");
    Chromium.signIn(driver, wait, user);
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
  }

  private void openDossiers() {
    WebElement open =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("a.thidua-dossiers-open")));
    assertThat(open.getText().trim()).isEqualTo("Hồ sơ của đơn vị");
    open.click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#thidua-dossiers .thidua-dossiers-dialog")));
  }

  /** The panel of a dossier in the open view, once listed. */
  /**
   * Clicks the dossier's action, writes the reason it asks for, confirms, and waits for the
   * message.
   */
  private void giveReasonAndConfirm(
      String key, String action, String reason, String shotName, String message)
      throws IOException {
    click(dossier(key).findElement(By.cssSelector(action)));
    wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-dossier-key='" + key + "'] .thidua-reason-form textarea")))
        .sendKeys(reason);
    shot(shotName);
    click(dossier(key).findElement(By.cssSelector(".thidua-confirm")));
    wait.until(
        d -> d.findElement(By.cssSelector(".thidua-dossiers-message")).getText().contains(message));
  }

  private WebElement dossier(String key) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#thidua-dossiers [data-dossier-key='" + key + "']")));
  }

  private String dialogText() {
    return driver.findElement(By.cssSelector("#thidua-dossiers .thidua-dossiers-dialog")).getText();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  private void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private void shot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
