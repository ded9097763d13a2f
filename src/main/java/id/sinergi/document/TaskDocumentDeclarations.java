package id.sinergi.document;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/** Reads the document kinds a task's BPMN element declares (cached models, no parsing per call). */
@Component
public class TaskDocumentDeclarations {

  private final RepositoryService repository;

  public TaskDocumentDeclarations(RepositoryService repository) {
    this.repository = repository;
  }

  public List<String> requiredFor(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return List.of();
    }
    BaseElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    if (element == null || element.getExtensionElements() == null) {
      return List.of();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
        .list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> DocumentKinds.PROPERTY.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().map(DocumentKinds::parse)
        .orElse(List.of());
  }
}
