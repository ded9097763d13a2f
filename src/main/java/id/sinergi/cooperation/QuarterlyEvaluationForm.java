package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.EVALUATION_QUARTER;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-quarterly-evaluation (step 7): PIP evaluates with the Pemda every quarter. */
@Component
class QuarterlyEvaluationForm extends CooperationForm {

  static final Set<String> ASSESSMENTS = Set.of("DI_ATAS_TARGET", "SESUAI_TARGET", "DI_BAWAH_TARGET");

  private final CooperationSummaries summaries;

  QuarterlyEvaluationForm(CooperationData data, CooperationSummaries summaries) {
    super(data);
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "cooperation-quarterly-evaluation";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Map<String, Object> values = new HashMap<>();
    Object quarter = EVALUATION_QUARTER.get(task);
    values.put("quarter", quarter == null ? "" : quarter.toString());
    values.put("progressSummary", summaries.progress(cooperation(caseFile).id));
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    Evaluation evaluation = new Evaluation();
    evaluation.pemdaParticipants = errors.text(values, "pemdaParticipants", 500);
    evaluation.progressAssessment = errors.choice(values, "progressAssessment", ASSESSMENTS);
    evaluation.findings = minimum(errors, "findings", errors.text(values, "findings", 4000));
    evaluation.recommendations = minimum(errors, "recommendations",
        errors.text(values, "recommendations", 4000));
    errors.throwIfAny();
    long id = cooperation(submission).id;
    evaluation.cooperationId = id;
    evaluation.kind = EvaluationKind.QUARTERLY;
    evaluation.periodSeq = data.currentPeriod(id).seq;
    Object quarter = submission.get(EVALUATION_QUARTER);
    evaluation.quarter = quarter == null ? null : ((Number) quarter).intValue();
    evaluation.evaluatedBy = user(submission);
    evaluation.evaluatedAt = CooperationService.now();
    data.evaluations.save(evaluation);
  }

  static String minimum(FieldErrors errors, String field, String text) {
    if (text != null && text.length() < 10) {
      errors.add(field, "paling sedikit 10 karakter");
    }
    return text;
  }
}
