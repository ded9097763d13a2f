package id.sinergi.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.SinergiSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser support itself: Debian's chromium logs a Pemda clerk into the real Tasklist, which
 * answers in Indonesian with Sinergi's filters, and the screenshot lands where CI keeps it.
 */
@SinergiSpringTest
class BrowserSmokeTest {

  @LocalServerPort int port;

  @Test
  void clerkLogsIntoIndonesianTasklist() throws Exception {
    try (Browser browser = Browser.open("BrowserSmokeTest", port)) {
      browser.login("tasklist", "loteng.ekonomi", "demo");
      String page = browser.waitForText("Tugas kelompok saya");
      assertThat(page).contains("Tugas saya").doesNotContain("My Tasks");
      Path shot = browser.screenshot("tasklist-filters");
      assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
  }
}
