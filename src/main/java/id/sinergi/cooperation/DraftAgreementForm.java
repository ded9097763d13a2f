package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-draft-agreement (step 4): PIP drafts the Dokumen Kesepakatan. */
@Component
class DraftAgreementForm extends CooperationForm {

  private final CooperationSummaries summaries;

  DraftAgreementForm(CooperationData data, CooperationSummaries summaries) {
    super(data);
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "cooperation-draft-agreement";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return Map.of("schemeSummary", summaries.scheme(cooperation(caseFile).id));
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String title = errors.text(values, "title", 300);
    String commitments = errors.text(values, "commitments", 4000);
    if (commitments != null && commitments.length() < 20) {
      errors.add("commitments", "pokok kesepakatan paling sedikit 20 karakter");
    }
    errors.throwIfAny();
    long id = cooperation(submission).id;
    AgreementDraft draft = data.agreements.findByCooperationId(id).orElseGet(AgreementDraft::new);
    draft.cooperationId = id;
    draft.title = title;
    draft.commitments = commitments;
    draft.draftedBy = user(submission);
    draft.draftedAt = CooperationService.now();
    data.agreements.save(draft);
  }
}
