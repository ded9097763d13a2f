package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.STUDY_OUTCOME;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-study: PIP's kajian, feasible / more data needed / not feasible. */
@Component
class StudyForm extends CooperationForm {

  private static final Map<String, StudyOutcome> OUTCOMES = Map.of("LAYAK", StudyOutcome.FEASIBLE,
      "PERLU_DATA", StudyOutcome.MORE_DATA, "TIDAK_LAYAK", StudyOutcome.NOT_FEASIBLE);

  private final CooperationSummaries summaries;

  StudyForm(CooperationData data, CooperationSummaries summaries) {
    super(data);
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "cooperation-study";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    long id = cooperation(caseFile).id;
    StringBuilder text = new StringBuilder(summaries.programmeData(id));
    data.supplements.findByCooperationIdOrderById(id).forEach(s ->
        text.append("\n\nData tambahan dari Pemda: ").append(s.notes));
    return Map.of("dataSummary", text.toString());
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String choice = errors.choice(values, "outcome", OUTCOMES.keySet());
    Study study = new Study();
    study.outcome = choice == null ? null : OUTCOMES.get(choice);
    study.summary = errors.text(values, "summary", 4000);
    if (study.summary != null && study.summary.length() < 20) {
      errors.add("summary", "ringkasan kajian paling sedikit 20 karakter");
    }
    study.missingData = errors.optionalText(values, "missingData", 2000);
    study.reason = errors.optionalText(values, "reason", 2000);
    if (study.outcome == StudyOutcome.MORE_DATA && study.missingData == null) {
      errors.add("missingData", "sebutkan data yang perlu dilengkapi Pemda");
    }
    if (study.outcome == StudyOutcome.NOT_FEASIBLE && study.reason == null) {
      errors.add("reason", "alasan tidak layak wajib diisi");
    }
    errors.throwIfAny();
    Cooperation cooperation = cooperation(submission);
    study.cooperationId = cooperation.id;
    study.studiedBy = user(submission);
    study.studiedAt = CooperationService.now();
    data.studies.save(study);
    if (study.outcome == StudyOutcome.NOT_FEASIBLE) {
      cooperation.closedReason = "Tidak layak menurut kajian PIP: " + study.reason;
    }
    submission.set(STUDY_OUTCOME, study.outcome.name());
  }
}
