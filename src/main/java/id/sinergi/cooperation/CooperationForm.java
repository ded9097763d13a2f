package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.FormSubmission;
import java.time.LocalDate;

/** What every form handler of the cooperation shares: finding its cooperation and its user. */
abstract class CooperationForm implements FormHandler {

  final CooperationData data;

  CooperationForm(CooperationData data) {
    this.data = data;
  }

  /** The cooperation of the submitted task's case (the server's record, never a variable). */
  Cooperation cooperation(FormSubmission submission) {
    return cooperation(submission.caseFile());
  }

  Cooperation cooperation(CaseFile caseFile) {
    return data.cooperation(caseFile.reference());
  }

  static String user(FormSubmission submission) {
    return submission.who();
  }

  /** A signing or letter date cannot lie in the future. */
  static void notInFuture(FieldErrors errors, String field, LocalDate date) {
    if (date != null && date.isAfter(EngineClock.today())) {
      errors.add(field, "tanggal tidak boleh setelah hari ini");
    }
  }
}
