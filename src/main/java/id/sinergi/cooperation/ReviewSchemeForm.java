package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.SCHEME_AGREED;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.organisation.OrganisationRegistry;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-review-scheme: the Pemda agrees to PIP's proposal or counter-proposes. */
@Component
class ReviewSchemeForm extends CooperationForm {

  private final CooperationSummaries summaries;
  private final Cases cases;
  private final OrganisationRegistry registry;

  ReviewSchemeForm(CooperationData data, CooperationSummaries summaries, Cases cases,
      OrganisationRegistry registry) {
    super(data);
    this.summaries = summaries;
    this.cases = cases;
    this.registry = registry;
  }

  @Override
  public String formId() {
    return "cooperation-review-scheme";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return Map.of("schemeSummary", summaries.scheme(cooperation(caseFile).id));
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String decision = errors.choice(values, "decision", Set.of("SETUJU", "USUL_BALIK"));
    String notes = errors.optionalText(values, "counterNotes", 2000);
    Integer debtors = errors.count(values, "counterTargetDebtors", 0, 10_000_000, false);
    BigDecimal amount = errors.amount(values, "counterTargetAmount", false);
    if ("USUL_BALIK".equals(decision) && (notes == null || notes.length() < 10)) {
      errors.add("counterNotes", "jelaskan usulan balik Pemda (paling sedikit 10 karakter)");
    }
    errors.throwIfAny();
    Cooperation cooperation = cooperation(submission);
    SchemeRound round = data.schemes.findFirstByCooperationIdOrderByRoundDesc(cooperation.id)
        .orElseThrow(() -> new IllegalStateException("Belum ada usulan skema untuk ditanggapi"));
    boolean agreed = "SETUJU".equals(decision);
    round.response = decision;
    round.respondedBy = user(submission);
    round.respondedAt = CooperationService.now();
    if (!agreed) {
      round.counterNotes = notes;
      round.counterTargetDebtors = debtors;
      round.counterTargetAmount = amount;
    } else {
      cooperation.penyalurCode = round.penyalurCode;
      cases.addParty(submission.processInstanceId(), CooperationCases.PENYALUR,
          registry.unit(round.penyalurCode).getStaffGroupId());
    }
    submission.set(SCHEME_AGREED, agreed);
  }
}
