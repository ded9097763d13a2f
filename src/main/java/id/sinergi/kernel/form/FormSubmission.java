package id.sinergi.kernel.form;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.CaseVariable;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * One submitted Camunda Form: a user task's completion or a process start. The submitted values
 * are read here; after the handler ran they are removed from the process, which keeps only the
 * routing flags the handler sets with {@link #set}.
 *
 * @param formId the form's id (camunda:formRef)
 * @param values the submitted fields by key (Json values from dynamic lists arrive as Spin
 *     JSON; read them with {@link FormValues})
 * @param taskId the completed task, null for a start form
 * @param taskDefinitionKey the BPMN id of the task, null for a start form
 * @param userId who submitted
 * @param execution the execution the task or start event belongs to
 * @param caseFile the server's record of the case: its Pemda, parties and reference. Handlers
 *     find their records through it, never through a process variable.
 */
public record FormSubmission(String formId, Map<String, Object> values, String taskId,
    String taskDefinitionKey, String userId, DelegateExecution execution, CaseFile caseFile) {

  /** "sistem" when Sinergi itself submits (demo data), else the user. */
  public String who() {
    return userId == null ? "sistem" : userId;
  }

  public String processInstanceId() {
    return execution.getProcessInstanceId();
  }

  public String businessKey() {
    return execution.getProcessBusinessKey();
  }

  /** Sets a routing flag or reference the model reads. */
  public <T> void set(CaseVariable<T> variable, T value) {
    variable.set(execution, value);
  }

  /** A flag or reference Sinergi set on the execution (e.g. the month a report covers). */
  public <T> T get(CaseVariable<T> variable) {
    return variable.get(execution);
  }

  /**
   * A variable Sinergi itself set on the execution (a multi-instance element, a loop counter,
   * the month a report covers). Users cannot write variables (EngineGuard); still, check what it
   * names against {@link #caseFile()} before trusting it.
   */
  public Object processVariable(String name) {
    return execution.getVariable(name);
  }
}
