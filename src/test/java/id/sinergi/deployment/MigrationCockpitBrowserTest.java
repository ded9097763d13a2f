package id.sinergi.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.SinergiSpringTest;
import id.sinergi.support.browser.Browser;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator moves running cases to a process's newest version in Cockpit (the
 * "Migrasi versi" tab): sees the plan, starts the batch; a manager sees the refusal, no button.
 */
@SinergiSpringTest
class MigrationCockpitBrowserTest {

  private static final String KEY = "cockpit-uji-migrasi";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void anAdministratorStartsTheMoveFromCockpitAndAManagerCannot() {
    deploy("Periksa data");
    List<String> cases = List.of(
        engine.getRuntimeService().startProcessInstanceByKey(KEY).getId(),
        engine.getRuntimeService().startProcessInstanceByKey(KEY).getId());
    deploy("Periksa data (versi baru)");
    ProcessDefinition newest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult();
    assertThat(newest.getVersion()).isEqualTo(2);
    String tab = "/camunda/app/cockpit/default/#/process-definition/" + newest.getId()
        + "/runtime";
    long batchesBefore = engine.getManagementService().createBatchQuery().count();

    try (Browser browser = Browser.open("MigrationCockpitBrowserTest", port)) {
      browser.login("cockpit", "manajer", "demo");
      browser.go(tab);
      browser.waitFor(By.linkText("Migrasi versi")).click();
      browser.waitForText("Hanya administrator");
      assertThat(browser.driver().findElements(By.cssSelector("button[data-from]"))).isEmpty();
      browser.screenshot("manager-refused");

      browser.login("cockpit", "admin", "demo");
      browser.go("/camunda/app/cockpit/default/#/dashboard");
      browser.waitFor(By.cssSelector(".sg-process[data-process='" + KEY + "']"));
      browser.screenshot("dashboard-old-versions");
      browser.go(tab);
      browser.waitFor(By.linkText("Migrasi versi")).click();
      WebElement row = browser.waitFor(By.cssSelector("tr.sg-version[data-version='1']"));
      assertThat(row.getText()).contains("versi 1").contains("2").contains("Task_Check");
      browser.screenshot("plan");
      row.findElement(By.cssSelector("button[data-from]")).click();
      String started = browser.waitFor(By.cssSelector(".sg-started")).getText();
      assertThat(started).contains("Batch dimulai").contains("2 kasus");
      browser.screenshot("batch-started");
    }

    List<Batch> batches = engine.getManagementService().createBatchQuery().list();
    assertThat(batches).hasSize((int) batchesBefore + 1);
    assertThat(batches).anySatisfy(b -> assertThat(b.getType()).isEqualTo("instance-migration"));
    batches.stream().filter(b -> b.getType().equals("instance-migration"))
        .forEach(b -> engine.getManagementService().deleteBatch(b.getId(), true));
    cases.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test done"));
  }

  private void deploy(String taskName) {
    BpmnModelInstance model = ModelerDeploymentTest.model(KEY, taskName, "pip-kerjasama", null,
        null, true);
    engine.getRepositoryService().createDeployment().name(KEY)
        .addString(KEY + ".bpmn", Bpmn.convertToString(model)).deploy();
  }
}
