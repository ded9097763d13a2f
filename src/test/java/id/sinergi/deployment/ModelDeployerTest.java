package id.sinergi.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.SinergiSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An edited model becomes a new version; unchanged models and forms do not. */
@SinergiSpringTest
class ModelDeployerTest {

  @Autowired ProcessEngine engine;
  @TempDir Path models;

  @Test
  void deploysChangedResourcesOnly() throws Exception {
    Path processes = Files.createDirectories(models.resolve("processes"));
    Path forms = Files.createDirectories(models.resolve("forms"));
    Files.writeString(processes.resolve("deployer-a.bpmn"), process("deployer-a", "Langkah A"));
    Files.writeString(processes.resolve("deployer-b.bpmn"), process("deployer-b", "Langkah B"));
    Files.writeString(forms.resolve("deployer-form.form"), "{\"id\":\"deployer-form\","
        + "\"type\":\"default\",\"components\":[]}");
    String root = models.toUri().toString();
    var deployer = new ModelDeployer(new DeploymentProperties("deployer-test",
        List.of(root + "processes/*.bpmn", root + "forms/*.form")));

    assertThat(deployer.deploy(engine)).containsExactlyInAnyOrder(
        "processes/deployer-a.bpmn", "processes/deployer-b.bpmn", "forms/deployer-form.form");
    assertThat(deployer.deploy(engine)).isEmpty();

    Files.writeString(processes.resolve("deployer-a.bpmn"), process("deployer-a", "Langkah A baru"));
    assertThat(deployer.deploy(engine)).containsExactly("processes/deployer-a.bpmn");

    var definitions = engine.getRepositoryService().createProcessDefinitionQuery();
    assertThat(definitions.processDefinitionKey("deployer-a").latestVersion().singleResult()
        .getVersion()).isEqualTo(2);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("deployer-b").latestVersion().singleResult().getVersion())
        .isEqualTo(1);
  }

  @Test
  void namesResourcesFromTheirBaseFolder() {
    assertThat(ModelDeployer.baseFolder("classpath*:processes/**/*.bpmn")).isEqualTo("processes/");
    assertThat(ModelDeployer.baseFolder("classpath*:forms/*.form")).isEqualTo("forms/");
    assertThat(ModelDeployer.baseFolder("file:/srv/sinergi/processes/*.dmn")).isEqualTo("processes/");
  }

  private static String process(String id, String taskName) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="start"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="task"/>
            <manualTask id="task" name="%s"/>
            <sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """.formatted(id, taskName);
  }
}
