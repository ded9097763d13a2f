package id.sinergi.cooperation;

import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import org.springframework.stereotype.Component;

/** cooperation-request-letter (step 2): the letter's number and date; its PDF is a document. */
@Component
class RequestLetterForm extends CooperationForm {

  RequestLetterForm(CooperationData data) {
    super(data);
  }

  @Override
  public String formId() {
    return "cooperation-request-letter";
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    RequestLetter letter = new RequestLetter();
    letter.letterNumber = errors.text(values, "letterNumber", 100);
    letter.letterDate = errors.date(values, "letterDate", true);
    notInFuture(errors, "letterDate", letter.letterDate);
    letter.notes = errors.optionalText(values, "notes", 2000);
    errors.throwIfAny();
    letter.cooperationId = cooperation(submission).id;
    letter.submittedBy = user(submission);
    letter.submittedAt = CooperationService.now();
    data.letters.save(letter);
  }
}
