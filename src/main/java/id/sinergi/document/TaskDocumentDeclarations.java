package id.sinergi.document;

import id.sinergi.kernel.engine.SystemEngineCalls;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Reads the document kinds a task's BPMN element declares, from the engine's model cache. Read
 * without authorization checks: a clerk may work on a task without the right to read its
 * process definition.
 */
@Component
public class TaskDocumentDeclarations {

  private final RepositoryService repository;
  private final SystemEngineCalls system;

  public TaskDocumentDeclarations(RepositoryService repository, SystemEngineCalls system) {
    this.repository = repository;
    this.system = system;
  }

  private BpmnModelInstance model(String processDefinitionId) {
    return system.call(() -> repository.getBpmnModelInstance(processDefinitionId));
  }

  public List<String> requiredFor(Task task) {
    return declared(task, DocumentKinds.PROPERTY);
  }

  /** Kinds the task accepts without requiring them ({@link DocumentKinds#OPTIONAL_PROPERTY}). */
  public List<String> optionalFor(Task task) {
    return declared(task, DocumentKinds.OPTIONAL_PROPERTY);
  }

  private List<String> declared(Task task, String property) {
    if (task.getProcessDefinitionId() == null) {
      return List.of();
    }
    BaseElement element = model(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    if (element == null || element.getExtensionElements() == null) {
      return List.of();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
        .list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> property.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().map(DocumentKinds::parse)
        .orElse(List.of());
  }
}
