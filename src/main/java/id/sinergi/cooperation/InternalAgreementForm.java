package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.INTERNAL_APPROVED;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-internal-agreement: the Sekda approves the data and intent, or sends it back. */
@Component
class InternalAgreementForm extends CooperationForm {

  private final CooperationSummaries summaries;

  InternalAgreementForm(CooperationData data, CooperationSummaries summaries) {
    super(data);
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "cooperation-internal-agreement";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return Map.of("dataSummary", summaries.programmeData(cooperation(caseFile).id));
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String decision = errors.choice(values, "decision", Set.of("SETUJU", "KEMBALIKAN"));
    String notes = errors.optionalText(values, "notes", 2000);
    if ("KEMBALIKAN".equals(decision) && notes == null) {
      errors.add("notes", "tuliskan apa yang harus diperbaiki bila data dikembalikan");
    }
    errors.throwIfAny();
    InternalDecision decided = new InternalDecision();
    decided.cooperationId = cooperation(submission).id;
    decided.approved = "SETUJU".equals(decision);
    decided.notes = notes;
    decided.decidedBy = user(submission);
    decided.decidedAt = CooperationService.now();
    data.decisions.save(decided);
    submission.set(INTERNAL_APPROVED, decided.approved);
  }
}
