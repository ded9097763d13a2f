package id.sinergi.escalation;

import id.sinergi.kernel.cases.CaseOwner;
import id.sinergi.kernel.cases.CasePolicy;
import id.sinergi.kernel.cases.CaseStart;
import id.sinergi.kernel.error.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Only Sinergi's own check starts {@code escalation-reminder}: a user could otherwise name any
 * escalation ids and have their e-mails sent. The reminders belong to no Pemda's case.
 */
@Component
class ReminderCases implements CasePolicy {

  @Override
  public String processKey() {
    return EscalationReminders.PROCESS_KEY;
  }

  @Override
  public CaseOwner open(CaseStart start) {
    if (!start.caller().isSystem()) {
      throw new ForbiddenException("Pengingat eskalasi hanya dikirim oleh Sinergi sendiri.");
    }
    return CaseOwner.none();
  }
}
