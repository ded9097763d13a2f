package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.COOPERATION_ID;

import id.sinergi.forms.FormHandler;
import id.sinergi.forms.FormSubmission;
import id.sinergi.organisation.OrganisationRegistry;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What every form handler of the cooperation shares: finding its cooperation and its user. */
abstract class CooperationForm implements FormHandler {

  final CooperationData data;

  CooperationForm(CooperationData data) {
    this.data = data;
  }

  Cooperation cooperation(FormSubmission submission) {
    return data.cooperation(((Number) submission.processVariable(COOPERATION_ID)).longValue());
  }

  Cooperation cooperation(DelegateTask task) {
    return data.cooperation(((Number) task.getVariable(COOPERATION_ID)).longValue());
  }

  static String user(FormSubmission submission) {
    return submission.userId() == null ? "sistem" : submission.userId();
  }

  /** A signing or letter date cannot lie in the future. */
  static void notInFuture(FieldErrors errors, String field, LocalDate date) {
    if (date != null && date.isAfter(OrganisationRegistry.today())) {
      errors.add(field, "tanggal tidak boleh setelah hari ini");
    }
  }
}
