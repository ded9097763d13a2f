package id.sinergi.datarequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.support.SinergiSpringTest;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The element templates point at what exists, and the model is complete for Modeler. */
@SinergiSpringTest
class DataRequestModelTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;

  @Test
  void elementTemplatesNameTheDeployedProcessAndExistingDelegates() throws Exception {
    File folder = new File("processes/.camunda/element-templates");
    List<String> beans = new ArrayList<>();
    for (File file : folder.listFiles((d, n) -> n.startsWith("datarequest-")
        || n.startsWith("cross-opd"))) {
      JsonNode template = new ObjectMapper().readTree(file);
      for (JsonNode property : template.path("properties")) {
        String name = property.path("binding").path("name").asText();
        String value = property.path("value").asText();
        if (name.equals("calledElement")) {
          assertThat(value).isEqualTo(DataRequestVariables.PROCESS_ID);
        }
        if (name.equals("camunda:delegateExpression")) {
          beans.add(value.substring(2, value.length() - 1));
        }
      }
    }
    assertThat(beans).containsExactlyInAnyOrder("createDataRequests", "notifyDataRequests",
        "detectDuplicateProgrammes", "consolidateDataPackage");
    beans.forEach(bean -> assertThat(context.containsBean(bean)).as(bean).isTrue());
  }

  @Test
  void everyFlowNodeHasAShapeAndAnIdThatSaysWhatItIs() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DataRequestVariables.PROCESS_ID).latestVersion().singleResult()
        .getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    List<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).toList();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shaped).as("shape of %s", node.getId()).contains(node.getId());
      assertThat(node.getId()).matches("(Task|Event|Gateway|SubProcess)_[A-Z][A-Za-z]+");
      // Splitting decisions ask a question; merges and parallel splits need no name.
      if (!(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway)
          || (node instanceof org.camunda.bpm.model.bpmn.instance.ExclusiveGateway
              && node.getOutgoing().size() > 1)) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      }
    }
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)
        .forEach(flow -> assertThat(((BaseElement) flow).getId()).startsWith("Flow_"));
  }
}
