package vn.ldtbxh.thidua.browser;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ldtbxh.thidua.RequiredTools;

/**
 * Debian's Chromium and its driver for the browser tests (no browser is downloaded): headless, with
 * an English browser language (the interface must be Vietnamese anyway) and the users' time zone,
 * whatever the machine's.
 */
final class Chromium {

  static final Path CHROMIUM = RequiredTools.CHROMIUM.path();
  static final Path CHROMEDRIVER = RequiredTools.CHROMEDRIVER.path();

  private Chromium() {}

  /**
   * Skips the class when Chromium or its driver is missing (fails it with CI=true), before the
   * application is started: declared before {@code @SpringBootTest}, it runs before Spring's own
   * callbacks, which load the application.
   */
  static class Installed implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext junit) {
      RequiredTools.onThisMachine()
          .require("the browser tests", RequiredTools.CHROMIUM, RequiredTools.CHROMEDRIVER);
    }
  }

  static WebDriver start() {
    // never let Selenium Manager look for (or download) a browser or a driver
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--lang=en-US");
    // no password manager: it would fill the sign-in form with the last user's saved password while
    // the next user's is typed
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            "en-US,en",
            "credentials_enable_service",
            false,
            "profile.password_manager_enabled",
            false,
            "autofill.profile_enabled",
            false));
    options.addArguments("--disable-save-password-bubble", "--password-store=basic");
    return new ChromeDriver(
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
            .usingAnyFreePort()
            .build(),
        options);
  }

  /**
   * Fills the webapps' sign-in form on the current page as {@code user} (demo password) and submits
   * it.
   */
  static void signIn(WebDriver driver, WebDriverWait wait, String user) {
    By name = By.cssSelector("form[name=signinForm] input[type=text]");
    By password = By.cssSelector("form[name=signinForm] input[type=password]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(name));
    // the page may still be binding its fields when they appear: type until both hold exactly what
    // was typed
    wait.until(d -> typed(d, name, user) && typed(d, password, "demo"));
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
  }

  private static boolean typed(WebDriver driver, By field, String text) {
    WebElement element = driver.findElement(field);
    if (!text.equals(element.getDomProperty("value"))) {
      element.clear();
      element.sendKeys(text);
    }
    return text.equals(element.getDomProperty("value"));
  }

  /**
   * Signs out and forgets the language choice: each scenario starts signed out and in Vietnamese.
   */
  static void signOut(WebDriver driver, String base) {
    driver.get(base + "/camunda/app/welcome/");
    ((JavascriptExecutor) driver)
        .executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    driver.manage().deleteAllCookies();
  }

  /** Opens Tasklist's start dialog and chooses the process named {@code processName}. */
  static void openStartForm(WebDriverWait wait, String processName) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(normalize-space(.), 'Khởi tạo quy trình')]")))
        .click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class, 'modal')]//a[normalize-space(.) = '"
                        + processName
                        + "']")))
        .click();
  }

  /** The shown value of the form-js select whose label contains {@code label}. */
  static WebElement selectDisplay(WebDriverWait wait, String label) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//div[contains(@class, 'fjs-form-field-select')][.//label[contains(., '"
                    + label
                    + "')]]//div[contains(@class, 'fjs-select-display')]")));
  }

  /** Opens a form-js select and chooses its option containing {@code text}. */
  static void choose(WebDriverWait wait, WebElement select, String text) {
    select.click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class, 'fjs-dropdownlist-item')][contains(., '"
                        + text
                        + "')]")))
        .click();
  }
}
