package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-study-rejection-notice: the Pemda is told the study found it not feasible. */
@Component
class StudyRejectionNoticeForm extends CooperationForm {

  StudyRejectionNoticeForm(CooperationData data) {
    super(data);
  }

  @Override
  public String formId() {
    return "cooperation-study-rejection-notice";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return data.studies.findFirstByCooperationIdOrderByIdDesc(cooperation(caseFile).id)
        .map(s -> Map.<String, Object>of("rejectionReason", s.reason + "\n\nRingkasan: " + s.summary))
        .orElse(Map.of());
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    if (!Boolean.TRUE.equals(values.bool("acknowledged"))) {
      errors.add("acknowledged", "centang untuk menyatakan hasil kajian telah diterima");
    }
    String response = errors.optionalText(values, "response", 2000);
    errors.throwIfAny();
    data.studies.findFirstByCooperationIdOrderByIdDesc(cooperation(submission).id).ifPresent(s -> {
      s.answer = response == null ? "Hasil kajian diterima." : response;
      s.answeredBy = user(submission);
      s.answeredAt = CooperationService.now();
    });
  }
}
