package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.escalation.OverdueStepCheck;
import id.sinergi.escalation.EscalationReminders;
import id.sinergi.support.SinergiSpringTest;
import id.sinergi.support.browser.Browser;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Done-when of issue 11: a manager in the real Cockpit (headless Debian chromium) sees the SLA
 * overlays on the cooperation diagram with the demo's counts (Lombok Tengah's step overdue), the
 * instances behind a step, and on the start page the stalled steps of Lombok Tengah and Sumbawa
 * with their escalation levels. Screenshots: target/screenshots/CockpitMonitoringBrowserTest/.
 */
@SinergiSpringTest
class CockpitMonitoringBrowserTest {

  static final String LADDER = "stalled-step-escalation";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aManagerSeesLoadOnTheDiagramAndStalledStepsOnTheDashboard() {
    escalateDemoSteps();
    String definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(MonitoringApiTest.COOPERATION).latestVersion().singleResult()
        .getId();
    WebappSession api = WebappSession.cockpit(port, "manajer");
    JsonNode prepare = MonitoringApiTest.row(MonitoringApiTest.ok(api.plugin(
        "process-definition/" + definition + "/activities")), "activityId",
        "Task_PrepareProgramData");
    JsonNode stalled = MonitoringApiTest.ok(api.plugin("stalled-steps"));
    int lotengLevel = MonitoringApiTest.row(stalled, "pemdaCode", "52.02").path("level").asInt();
    int sumbawaLevel = MonitoringApiTest.row(stalled, "pemdaCode", "52.04").path("level").asInt();
    assertThat(lotengLevel).as("Lombok Tengah's step is escalated").isPositive();
    assertThat(sumbawaLevel).as("Sumbawa's step is escalated").isPositive();

    try (Browser browser = Browser.open("CockpitMonitoringBrowserTest", port)) {
      browser.login("cockpit", "manajer", "demo");
      browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
      WebElement badge = browser.waitFor(
          By.cssSelector(".sm-badge[data-activity='Task_PrepareProgramData']"));
      assertThat(badge.getAttribute("data-open")).isEqualTo(prepare.path("open").asText());
      assertThat(badge.getAttribute("data-overdue")).isEqualTo(prepare.path("overdue").asText())
          .isNotEqualTo("0");
      assertThat(badge.getAttribute("class")).contains("sm-late3");
      assertThat(badge.getText()).contains("terlambat").contains("tertua");
      browser.screenshot("diagram-overlays");

      // Badges of neighbouring steps may overlap when Cockpit fits a wide diagram: click the
      // badge itself (a user hovers it to the front first, see plugin.css).
      browser.script("arguments[0].click()", badge);
      String panel = browser.waitFor(By.cssSelector(".sm-panel table")).getText();
      assertThat(panel).contains("Lombok Tengah").contains("KS-52.02-2026-001");
      browser.screenshot("diagram-step-instances");

      browser.waitFor(By.cssSelector(".sm-diagram-bar button[data-mode='durations']")).click();
      browser.waitUntil(d -> d.findElements(By.cssSelector(".sm-badge[data-open]")).isEmpty());
      browser.screenshot("diagram-durations");

      browser.go("/camunda/app/cockpit/default/#/dashboard");
      WebElement loteng = browser.waitFor(By.cssSelector(".sm-dashboard tr.sm-step[data-pemda='52.02']"));
      WebElement sumbawa = browser.driver().findElement(
          By.cssSelector(".sm-dashboard tr.sm-step[data-pemda='52.04']"));
      assertThat(loteng.getText()).contains("Lombok Tengah").contains("Tingkat " + lotengLevel);
      assertThat(sumbawa.getText()).contains("Sumbawa").contains("Tingkat " + sumbawaLevel);
      assertThat(browser.driver().findElements(
          By.cssSelector(".sm-chart-row[data-pemda='52.02']"))).hasSize(1);
      assertThat(browser.text()).contains("Langkah tertunda").contains("Instans proses berjalan");
      browser.script("arguments[0].scrollIntoView()",
          browser.driver().findElement(By.cssSelector(".sm-dashboard")));
      browser.screenshot("dashboard-stalled-steps");

      WebElement durations = browser.waitFor(By.cssSelector(".sm-durations"));
      browser.script("arguments[0].scrollIntoView()", durations);
      browser.screenshot("dashboard-durations-per-pemda");
    }
  }

  /**
   * What the demo's job executor does right after start: the ladders of the demo's overdue steps
   * (Lombok Tengah's programme data, Sumbawa's internal agreement) climb to their level.
   */
  private void escalateDemoSteps() {
    // What the recurring overdue-step-check does in the running demo: remind the overdue steps
    // and start the ladders of those past their level-2 date (the tests' job executor is off).
    Job timer = management.createJobQuery().processDefinitionKey(OverdueStepCheck.PROCESS_KEY)
        .timers().list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst()
        .orElseThrow();
    management.executeJob(timer.getId());
    for (int round = 0; round < 2000; round++) {
      List<Job> due = new java.util.ArrayList<>();
      for (String key : List.of(OverdueStepCheck.PROCESS_KEY, EscalationReminders.PROCESS_KEY)) {
        due.addAll(management.createJobQuery().processDefinitionKey(key).messages().executable()
            .list());
      }
      if (due.isEmpty()) {
        break;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    for (String businessKey : List.of("KS-52.02-2026-001", "KS-52.04-2026-001")) {
      String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .singleResult().getId();
      for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
        runtime.createProcessInstanceQuery().processDefinitionKey(LADDER)
            .processInstanceBusinessKey(task.getId()).list()
            .forEach(ladder -> runDueJobs(ladder.getId()));
      }
    }
  }

  private void runDueJobs(String ladderInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(ladderInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
