package id.sinergi.cooperation;

import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import org.springframework.stereotype.Component;

/** cooperation-start: a Pemda asks for, or PIP offers, a cooperation; one open per Pemda. */
@Component
class StartCooperationForm extends CooperationForm {

  private final CooperationService service;

  StartCooperationForm(CooperationData data, CooperationService service) {
    super(data);
    this.service = service;
  }

  @Override
  public String formId() {
    return "cooperation-start";
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String background = errors.optionalText(values, "background", 2000);
    errors.throwIfAny();
    service.register(submission.execution(), submission.caseFile(), submission.userId(),
        values.text("initiative"), background);
  }
}
