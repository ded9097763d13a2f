package id.sinergi.document;

import id.sinergi.kernel.engine.StepProperties;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The document kinds a task's BPMN element declares ({@code sinergi.documents}), from the
 * kernel's per-definition reading of the model (no authorization check: a clerk may work on a
 * task without the right to read its process definition).
 */
@Component
public class TaskDocumentDeclarations {

  private final StepProperties steps;

  public TaskDocumentDeclarations(StepProperties steps) {
    this.steps = steps;
  }

  public List<String> requiredFor(Task task) {
    return declared(task, DocumentKinds.PROPERTY);
  }

  /** Kinds the task accepts without requiring them ({@link DocumentKinds#OPTIONAL_PROPERTY}). */
  public List<String> optionalFor(Task task) {
    return declared(task, DocumentKinds.OPTIONAL_PROPERTY);
  }

  private List<String> declared(Task task, String property) {
    String declared = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
        .get(property);
    return declared == null ? List.of() : DocumentKinds.parse(declared);
  }
}
