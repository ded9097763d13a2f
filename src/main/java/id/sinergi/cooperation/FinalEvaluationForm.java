package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.EXTEND;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * cooperation-final-evaluation: at the end of a PKS period PIP closes the cooperation or the
 * parties extend it with a new period (starting the day after the current one ends).
 */
@Component
class FinalEvaluationForm extends CooperationForm {

  private final CooperationSummaries summaries;

  FinalEvaluationForm(CooperationData data, CooperationSummaries summaries) {
    super(data);
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "cooperation-final-evaluation";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return Map.of("progressSummary", summaries.progress(cooperation(caseFile).id));
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    Evaluation evaluation = new Evaluation();
    evaluation.findings = QuarterlyEvaluationForm.minimum(errors, "findings",
        errors.text(values, "findings", 4000));
    evaluation.recommendations = QuarterlyEvaluationForm.minimum(errors, "recommendations",
        errors.text(values, "recommendations", 4000));
    evaluation.decision = errors.choice(values, "decision", Set.of("TUTUP", "PERPANJANG"));
    boolean extend = "PERPANJANG".equals(evaluation.decision);
    Cooperation cooperation = cooperation(submission);
    PksPeriod current = data.currentPeriod(cooperation.id);
    LocalDate newEnd = errors.date(values, "newPeriodEnd", extend);
    Integer debtors = errors.count(values, "newTargetDebtors", 1, 10_000_000, false);
    BigDecimal amount = errors.amount(values, "newTargetAmount", false);
    if (extend && newEnd != null && !newEnd.isAfter(current.endDate.plusDays(1))) {
      errors.add("newPeriodEnd", "periode baru harus selesai setelah "
          + CooperationSummaries.date(current.endDate.plusDays(1)));
    }
    errors.throwIfAny();
    evaluation.cooperationId = cooperation.id;
    evaluation.kind = EvaluationKind.FINAL;
    evaluation.periodSeq = current.seq;
    evaluation.evaluatedBy = user(submission);
    evaluation.evaluatedAt = CooperationService.now();
    data.evaluations.save(evaluation);
    if (extend) {
      PksPeriod next = new PksPeriod();
      next.cooperationId = cooperation.id;
      next.seq = current.seq + 1;
      next.startDate = current.endDate.plusDays(1);
      next.endDate = newEnd;
      next.targetDebtors = debtors == null ? current.targetDebtors : debtors;
      next.targetAmount = amount == null ? current.targetAmount : amount;
      next.createdBy = evaluation.evaluatedBy;
      next.createdAt = evaluation.evaluatedAt;
      data.periods.save(next);
    } else {
      cooperation.closedReason = "Ditutup setelah evaluasi akhir: " + evaluation.recommendations;
    }
    submission.set(EXTEND, extend);
  }
}
