package id.sinergi.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium, driven through Debian's chromedriver (never downloaded: the paths
 * are fixed, so Selenium Manager is not asked). Each browser test opens one, logs into a Camunda
 * webapp as a demo user and saves a numbered screenshot per step under
 * {@code target/screenshots/<test name>/} (a test artefact CI keeps).
 *
 * <p>The browser asks for Indonesian ({@code id-ID}), as a Pemda clerk's browser does.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = env("SINERGI_CHROMIUM", "/usr/bin/chromium");
  public static final String CHROMEDRIVER = env("SINERGI_CHROMEDRIVER", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path screenshots;
  private int step;

  private Browser(ChromeDriver driver, String baseUrl, Path screenshots) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
  }

  /**
   * Opens chromium for the test {@code name} against the application on {@code port}. Fails
   * with the install command when chromium or chromedriver is missing ({@code .ci/run} installs
   * both).
   */
  public static Browser open(String name, int port) {
    for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!new File(binary).canExecute()) {
        throw new IllegalStateException(
            binary + " is missing: browser tests need Debian's chromium and chromedriver"
                + " (apt-get install chromium chromium-driver; .ci/run does it)");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--lang=id-ID");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    Path dir = Path.of("target", "screenshots", name);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Browser(driver, "http://localhost:" + port, dir);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens {@code path} (e.g. {@code /camunda/app/tasklist/default/}) on the application. */
  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  /**
   * Logs into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as {@code user}
   * and waits until the login form is gone. Starts from a clean session.
   *
   * <p>The cookies are cleared on a page without scripts (the health answer), so no request of
   * the previous webapp page can still open a session of its own while the new one starts; the
   * single-page app only reads who is logged in when it starts. Camunda's webapps keep the CSRF
   * token per session and refuse a login whose token belongs to another session (403, "Anda tidak
   * berwenang membuka alamat ini."); if the form says so, the page is loaded once more, as a user
   * would reload it, and the login is sent again. A second refusal, or a wrong password, fails.
   */
  public Browser login(String app, String user, String password) {
    String loginPage = "/camunda/app/" + app + "/default/#/login";
    go("/actuator/health");
    driver.manage().deleteAllCookies();
    if (!submitLogin(loginPage, user, password)) {
      screenshot("login-refused-once");
      go("/actuator/health");
      driver.manage().deleteAllCookies();
      if (!submitLogin(loginPage, user, password)) {
        throw new AssertionError("Login as " + user + " into " + app + " was refused twice; "
            + "the page shows:\n" + text());
      }
    }
    return this;
  }

  /** @return whether the login form went away (false: it shows the 403 refusal) */
  private boolean submitLogin(String loginPage, String user, String password) {
    go(loginPage);
    WebElement username = waitFor(By.cssSelector("input[ng-model='username']"));
    username.clear();
    username.sendKeys(user);
    WebElement pass = driver.findElement(By.cssSelector("input[ng-model='password']"));
    pass.clear();
    pass.sendKeys(password);
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    var formGone = ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("input[ng-model='password']"));
    String outcome = waitUntil(d -> Boolean.TRUE.equals(formGone.apply(d)) ? "in"
        : text().contains("tidak berwenang membuka alamat ini") ? "refused" : null);
    return outcome.equals("in");
  }

  /** Waits for a visible element. */
  public WebElement waitFor(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by)::apply);
  }

  /** Waits until {@code condition} holds (returns non-null / true). */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition::apply);
    } catch (TimeoutException e) {
      Path shot = screenshot("timeout");
      throw new AssertionError(
          "Browser waited " + WAIT.toSeconds() + " s in vain at " + driver.getCurrentUrl()
              + " (screenshot " + shot + "); the page shows:\n" + text(), e);
    }
  }

  /** Waits until the page's visible text contains {@code text}; returns the page text. */
  public String waitForText(String text) {
    return waitUntil(d -> {
      String body = d.findElement(By.tagName("body")).getText();
      return body.contains(text) ? body : null;
    });
  }

  /** The page's visible text. */
  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Saves {@code NN-<step>.png} for this test and returns its path. */
  public Path screenshot(String stepName) {
    step++;
    Path target = screenshots.resolve(String.format("%02d-%s.png", step, stepName));
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
