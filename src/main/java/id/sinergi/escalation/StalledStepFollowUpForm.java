package id.sinergi.escalation;

import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The head's follow-up of a stalled step: their note is kept with the level-2 escalation. */
@Component
public class StalledStepFollowUpForm implements FormHandler {

  private final EscalationRepository escalations;

  public StalledStepFollowUpForm(EscalationRepository escalations) {
    this.escalations = escalations;
  }

  @Override
  public String formId() {
    return LadderVariables.FOLLOW_UP_FORM;
  }

  @Override
  @Transactional
  public void submit(FormSubmission submission) {
    String note = new FormValues(submission.values()).requiredText("followUpNote");
    Object stepKey = submission.execution().getVariable(LadderVariables.WATCHED_STEP_ID);
    if (stepKey == null) {
      return;
    }
    escalations.findByStepKeyAndLevel(stepKey.toString(), 2).ifPresent(e ->
        e.followedUp(submission.userId(), note, ClockUtil.getCurrentTime().toInstant()));
  }
}
