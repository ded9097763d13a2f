package id.sinergi.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model in processes/ follows the conventions Modeler and Tasklist need: Modeler's
 * execution platform, a diagram for every element, a history time-to-live, and user tasks with
 * a name, a candidate group and a form that exists in forms/ under its own id.
 */
class ModelConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyProcessFollowsTheConventions() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(PROCESSES)) {
      files = walk.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> check(file)));
  }

  private void check(Path file) throws IOException {
    String xml = Files.readString(file);
    assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
        .contains("modeler:executionPlatformVersion=\"7.24.0\"")
        .contains("xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"");
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Bpmn.validateModel(model);

    List<String> shapes = new ArrayList<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    List<String> edges = new ArrayList<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
      edges.add(e.getBpmnElement().getId());
      assertThat(e.getWaypoints()).as("waypoints of %s", e.getId()).hasSizeGreaterThanOrEqualTo(2);
    });
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("%s: shape of %s", file, node.getId()).contains(node.getId());
      // Modeler's lint (bpmnlint "fake-join"): only gateways may merge flows.
      if (!(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway)) {
        assertThat(node.getIncoming()).as("%s: %s merges flows without a gateway", file,
            node.getId()).hasSizeLessThanOrEqualTo(1);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("%s: edge of %s", file, flow.getId()).contains(flow.getId());
    }

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s: historyTimeToLive", file)
            .isNotBlank();
        assertThat(file.getFileName().toString()).as("file named after the process id")
            .isEqualTo(process.getId() + ".bpmn");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getName()).as("%s: name of %s", file, task.getId()).isNotBlank();
      assertThat(task.getCamundaCandidateGroups()).as("%s: candidate group of %s", file, task.getId())
          .isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as("%s: formRefBinding of %s", file, task.getId())
          .isEqualTo("latest");
      checkForm(file, task, task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        checkForm(file, start, start.getCamundaFormRef());
      }
    }
  }

  private static void checkForm(Path file, BaseElement element, String formRef) throws IOException {
    assertThat(formRef).as("%s: formRef of %s", file, element.getId()).isNotBlank();
    Path form = FORMS.resolve(formRef + ".form");
    assertThat(form).as("%s: form of %s", file, element.getId()).exists();
    JsonNode json = JSON.readTree(form.toFile());
    assertThat(json.path("id").asText()).as("id inside %s", form).isEqualTo(formRef);
    assertThat(json.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(json.path("schemaVersion").asInt()).isBetween(1, 16);
  }

}
