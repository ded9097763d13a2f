package id.sinergi.kernel.form;

import id.sinergi.kernel.cases.CaseFile;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Server side of one Camunda Form (Tasklist validates only in the browser). A Spring bean per
 * form id: the generic layer first checks the form's own rules (required, ranges, patterns,
 * lengths, options) for every submission, then calls {@link #submit}, which checks business
 * rules (throw {@link InvalidInputException}), saves the data in the app's tables and sets the
 * routing flags the BPMN needs. Submitted fields do not stay as process variables.
 */
public interface FormHandler {

  /** The form id this handler serves, e.g. {@code prepare-program-data}. */
  String formId();

  /** Values shown in the form when the task opens (e.g. data entered in an earlier round). */
  default Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return Map.of();
  }

  /**
   * Whether {@link #prefill} shows a state that changes while the task is open (e.g. which OPDs
   * answered): then it runs again each time Tasklist opens the task's form, not only at creation.
   */
  default boolean prefillsOnOpen() {
    return false;
  }

  void submit(FormSubmission submission);
}
