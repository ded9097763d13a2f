package id.sinergi.forms;

import id.sinergi.kernel.cases.CaseVariable;

import id.sinergi.kernel.cases.CaseFile;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Handlers of the test-only forms in src/test/resources/forms-test. Component-scanned into the
 * shared test context; they serve form ids no real process uses.
 */
@Component
class RecordingFormHandlers {

  static final List<FormSubmission> SUBMISSIONS = new CopyOnWriteArrayList<>();

  @Component
  static class StartHandler implements FormHandler {
    @Override
    public String formId() {
      return "form-layer-test-start";
    }

    @Override
    public void submit(FormSubmission submission) {
      FormValues values = new FormValues(submission.values());
      if ("TOLAK".equals(values.text("title"))) {
        throw new InvalidInputException("title", "judul ini ditolak oleh aturan bisnis");
      }
      submission.set(CaseVariable.text("chosenPemda"), values.requiredText("pemdaChoice"));
      SUBMISSIONS.add(submission);
    }
  }

  @Component
  static class TaskHandler implements FormHandler {
    @Override
    public String formId() {
      return "form-layer-test-task";
    }

    @Override
    public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
      return Map.of("letterNumber", "PREFILL/1");
    }

    @Override
    public void submit(FormSubmission submission) {
      FormValues values = new FormValues(submission.values());
      submission.set(CaseVariable.flag("approved"), "APPROVE".equals(values.text("decision")));
      SUBMISSIONS.add(submission);
    }
  }
}
