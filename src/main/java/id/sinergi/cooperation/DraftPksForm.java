package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-draft-pks (step 5): the PKS number, its first period and its targets. */
@Component
class DraftPksForm extends CooperationForm {

  private final CooperationSummaries summaries;

  DraftPksForm(CooperationData data, CooperationSummaries summaries) {
    super(data);
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "cooperation-draft-pks";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    long id = cooperation(caseFile).id;
    Map<String, Object> values = new HashMap<>();
    values.put("schemeSummary", summaries.scheme(id));
    data.schemes.findFirstByCooperationIdOrderByRoundDesc(id).ifPresent(s -> {
      values.put("targetDebtors", s.targetDebtors);
      values.put("targetAmount", s.targetAmount);
    });
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String number = errors.text(values, "pksNumber", 100);
    LocalDate start = errors.date(values, "periodStart", true);
    LocalDate end = errors.date(values, "periodEnd", true);
    if (start != null && end != null && !end.isAfter(start)) {
      errors.add("periodEnd", "periode selesai harus setelah periode mulai");
    }
    Integer debtors = errors.count(values, "targetDebtors", 1, 10_000_000, true);
    BigDecimal amount = errors.amount(values, "targetAmount", true);
    errors.throwIfAny();
    long id = cooperation(submission).id;
    Pks pks = data.pks.findByCooperationId(id).orElseGet(Pks::new);
    pks.cooperationId = id;
    pks.pksNumber = number;
    pks.draftedBy = user(submission);
    pks.draftedAt = CooperationService.now();
    data.pks.save(pks);
    PksPeriod period = data.periods.findFirstByCooperationIdOrderBySeqDesc(id)
        .orElseGet(PksPeriod::new);
    period.cooperationId = id;
    period.seq = 1;
    period.startDate = start;
    period.endDate = end;
    period.targetDebtors = debtors;
    period.targetAmount = amount;
    period.createdBy = pks.draftedBy;
    period.createdAt = pks.draftedAt;
    data.periods.save(period);
  }
}
