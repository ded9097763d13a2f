package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.OFFER_ACCEPTED;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-answer-offer: the Pemda accepts PIP's offer or declines it with a reason. */
@Component
class AnswerOfferForm extends CooperationForm {

  AnswerOfferForm(CooperationData data) {
    super(data);
  }

  @Override
  public String formId() {
    return "cooperation-answer-offer";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Cooperation cooperation = cooperation(caseFile);
    Map<String, Object> values = new HashMap<>();
    values.put("offerNotes", "PIP menawarkan kerja sama pembiayaan UMi (" + cooperation.number + ")."
        + (cooperation.background == null ? "" : "\n\n" + cooperation.background));
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String decision = errors.choice(values, "decision", Set.of("TERIMA", "TOLAK"));
    String reason = errors.optionalText(values, "declineReason", 2000);
    boolean accepted = "TERIMA".equals(decision);
    if ("TOLAK".equals(decision) && (reason == null || reason.length() < 10)) {
      errors.add("declineReason", "alasan penolakan wajib diisi (paling sedikit 10 karakter)");
    }
    errors.throwIfAny();
    Cooperation cooperation = cooperation(submission);
    cooperation.offerAnsweredBy = user(submission);
    cooperation.offerAnsweredAt = CooperationService.now();
    if (accepted) {
      cooperation.status = CooperationStatus.PREPARATION;
    } else {
      cooperation.closedReason = "Tawaran ditolak Pemda: " + reason;
    }
    submission.set(OFFER_ACCEPTED, accepted);
  }
}
