package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationDriver.PENYALUR;
import static id.sinergi.cooperation.CooperationDriver.PIP;
import static id.sinergi.cooperation.CooperationDriver.PIP_HEAD;
import static id.sinergi.cooperation.CooperationDriver.ekonomi;
import static id.sinergi.cooperation.CooperationDriver.head;
import static id.sinergi.cooperation.CooperationDriver.sekda;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.caller.Affiliations;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.support.SinergiSpringTest;
import id.sinergi.support.browser.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cooperation in the real Tasklist (headless Debian chromium), as the README walks it: the
 * Pemda's clerk prepares the programme data (shown and pre-filled from the OPDs' answers; an
 * incomplete submission is refused in Indonesian), then the Kepala Daerah and the Penyalur each
 * upload their signed PKS in the "Dokumen" tab and sign. The steps between (Sekda, letter, PIP's
 * study, scheme, Dokumen Kesepakatan, PKS draft, PIP's signature) are covered by
 * CooperationProcessTest and done here through the engine as their users. A screenshot per step
 * lands in target/screenshots/CooperationTasklistBrowserTest/.
 *
 * <p>It uses a Pemda without demo data (Kota Bima, with test users t.52.72.*) so the demo's
 * Lombok Tengah stays where the other tests expect it; the screens are the same.
 */
@SinergiSpringTest
class CooperationTasklistBrowserTest {

  private static final String PEMDA = "52.72";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DocumentService documents;
  @Autowired Affiliations affiliations;
  @Autowired CooperationRepository cooperations;

  CooperationDriver driver;

  @BeforeEach
  void init() {
    driver = new CooperationDriver(engine, documents);
    driver.affiliations = affiliations;
    driver.ensurePemdaUsers(PEMDA);
    CooperationTestSupport.closeOpen(engine, cooperations, PEMDA);
  }

  @AfterEach
  void end() {
    driver.asNobody();
    CooperationTestSupport.closeOpen(engine, cooperations, PEMDA);
  }

  @Test
  void clerkAndSignatoriesWorkTheCooperationInTasklist() throws Exception {
    ProcessInstance instance = driver.start(ekonomi(PEMDA), CooperationService.PEMDA_REQUEST,
        PEMDA);
    Path pdf = Files.createTempFile("pks-", ".pdf");
    Files.write(pdf, CooperationDriver.PDF);

    try (Browser browser = Browser.open("CooperationTasklistBrowserTest", port)) {
      // 1. Siapkan data program UMKM: what the OPD sent is shown and pre-filled.
      String prepare = driver.task(instance, "Task_PrepareProgramData").getId();
      openTask(browser, ekonomi(PEMDA), prepare, null);
      browser.waitForText("Siapkan data program UMKM");
      claim(browser);
      String form = browser.waitForText("Data yang sudah dikirim OPD");
      assertThat(form).contains("1 program").doesNotContain("Select").contains("Pilih");
      browser.screenshot("prepare-prefilled-from-opd");

      // An incomplete submission (the OPD's row lacks the programme type) is refused in Indonesian.
      complete(browser);
      String refused = browser.waitForText("Wajib diisi.");
      assertThat(refused).doesNotContain("Field is required").doesNotContain("Field must");
      browser.screenshot("prepare-refused-in-indonesian");

      choose(browser, "Jenis program", "Subsidi bunga");
      complete(browser);
      String done = browser.waitForText("Tugas selesai; berikutnya:");
      assertThat(done).contains("Setujui kerja sama secara internal");
      browser.screenshot("prepare-completed-next-step");
      assertThat(driver.activeTaskKeys(instance)).containsExactly("Task_ApproveInternally");

      // 2.–5. Sekda, letter, study, scheme, Dokumen Kesepakatan, PKS draft, PIP's signature.
      driver.complete(instance, "Task_ApproveInternally", sekda(PEMDA), CooperationDriver.sekda(true));
      driver.complete(instance, "Task_SubmitRequestLetter", ekonomi(PEMDA), CooperationDriver.letter(),
          "SURAT_PERMOHONAN");
      driver.complete(instance, "Task_StudyCooperation", PIP, CooperationDriver.study("LAYAK"));
      driver.complete(instance, "Task_ProposeScheme", PIP, CooperationDriver.scheme(1000));
      driver.complete(instance, "Task_ReviewScheme", ekonomi(PEMDA), Map.of("decision", "SETUJU"));
      driver.complete(instance, "Task_DraftAgreement", PIP, Map.of("title", "Dokumen Kesepakatan UMi",
          "commitments", "Sinergi data calon debitur, pendampingan dan pelatihan."));
      driver.complete(instance, "Task_SignAgreementPemda", head(PEMDA),
          CooperationDriver.signature("DK-PEMDA/1"), "DOKUMEN_KESEPAKATAN_PEMDA");
      driver.complete(instance, "Task_SignAgreementPip", PIP_HEAD,
          CooperationDriver.signature("DK-PIP/1"), "DOKUMEN_KESEPAKATAN_PIP");
      driver.runAsyncJobs(instance);
      int year = EngineClock.today().getYear();
      driver.complete(instance, "Task_DraftPks", PIP,
          CooperationDriver.pks(year + "-01-01", (year + 1) + "-12-31"));
      driver.complete(instance, "Task_SignPksPip", PIP_HEAD, CooperationDriver.signature("PKS-PIP/1"),
          "PKS_PIP");

      // 6. The Kepala Daerah and the Penyalur each upload the signed PKS and sign.
      sign(browser, instance, "Task_SignPksPemda", head(PEMDA), "PKS Pemda", "PKS-PEMDA/1", pdf);
      sign(browser, instance, "Task_SignPksPenyalur", PENYALUR, "PKS Penyalur", "PKS-PNM/1", pdf);
    }
    driver.runAsyncJobs(instance);
    assertThat(documents.hasDocument(instance.getId(), "PKS_PENYALUR")).isTrue();
    assertThat(driver.activeTaskKeys(instance)).doesNotContain("Task_SignPksPemda",
        "Task_SignPksPenyalur", "Task_SignPksPip");
  }

  private void sign(Browser browser, ProcessInstance instance, String taskKey, String user,
      String documentLabel, String number, Path pdf) {
    String taskId = driver.task(instance, taskKey).getId();
    String step = taskKey.replace("Task_", "").toLowerCase();
    openTask(browser, user, taskId, "sinergi-documents");
    String tab = browser.waitForText("Dokumen yang diminta tugas ini");
    assertThat(tab).contains(documentLabel + " — belum diunggah").doesNotContain("Gagal");
    browser.screenshot(step + "-documents-tab");
    browser.driver().findElement(By.id("sinergi-doc-file")).sendKeys(pdf.toAbsolutePath().toString());
    click(browser, browser.driver().findElement(By.cssSelector(".sinergi-documents button[type='submit']")));
    browser.waitForText("Dokumen tersimpan.");
    assertThat(browser.text()).contains(documentLabel + " — sudah diunggah");
    browser.screenshot(step + "-uploaded");

    click(browser, browser.driver().findElement(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Formulir']")));
    claim(browser);
    type(browser, "Nomor dokumen", number);
    type(browser, "Nama penandatangan", "Pejabat penandatangan");
    WebElement date = input(browser, "Tanggal penandatanganan");
    assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    click(browser, date);
    date.sendKeys(EngineClock.today().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    date.sendKeys(Keys.TAB);
    browser.screenshot(step + "-form-filled");
    complete(browser);
    browser.waitForText("Tugas selesai");
    browser.screenshot(step + "-completed");
  }

  private void openTask(Browser browser, String user, String taskId, String tab) {
    // A fresh page without the previous user's session; Tasklist's first load (4 MB of
    // scripts) can take minutes on a loaded CI machine, longer than Browser's usual wait.
    try {
      browser.driver().manage().deleteAllCookies();
    } catch (RuntimeException noPageYet) {
      // the very first call: nothing loaded, no cookies
    }
    browser.driver().get("about:blank");
    browser.go("/camunda/app/tasklist/default/#/login");
    new WebDriverWait(browser.driver(), Duration.ofMinutes(4)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    browser.login("tasklist", user, "demo");
    browser.go("/camunda/app/tasklist/default/#/?task=" + taskId
        + (tab == null ? "" : "&detailsTab=" + tab));
  }

  /** Clicks as a user would, after scrolling the element above Tasklist's fixed footer. */
  private static void click(Browser browser, WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      browser.script("arguments[0].click();", element);
    }
  }

  private void claim(Browser browser) {
    click(browser, browser.waitFor(By.cssSelector(".task-card button.claim")));
    browser.waitFor(By.cssSelector(".task-card .unclaim"));
  }

  private void complete(Browser browser) {
    click(browser, browser.waitFor(By.cssSelector(".task-card button[ng-click='complete()']")));
  }

  private static By field(String label) {
    return By.xpath("(//div[contains(concat(' ', @class, ' '),' fjs-form-field ')]"
        + "[.//label[contains(normalize-space(.),'" + label + "')]])[last()]");
  }

  private WebElement input(Browser browser, String label) {
    return browser.waitFor(field(label)).findElement(By.cssSelector("input"));
  }

  private void type(Browser browser, String label, String text) {
    WebElement input = input(browser, label);
    input.clear();
    input.sendKeys(text);
  }

  private void choose(Browser browser, String label, String option) {
    WebElement select = browser.waitFor(field(label));
    click(browser, select.findElement(By.cssSelector(".fjs-select-display")));
    click(browser, browser.waitFor(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']")));
  }
}
