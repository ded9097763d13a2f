package id.sinergi.escalation;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import id.sinergi.organisation.Appointment;
import id.sinergi.organisation.IdentitySync;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.PositionHolder;
import id.sinergi.organisation.PositionHolderRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: a Kepala Bagian Ekonomi for Lombok Tengah, so the article's stalled case has a
 * head for its level-2 follow-up task to reach (level 3 reaches the demo's acting Sekda).
 */
@Component
@Profile("demo")
@Order(91)
class EscalationDemo implements EngineBootstrapStep {

  static final String USER = "loteng.kabag";
  static final String POSITION = "52.02-ekonomi-kepala";

  private final String password;
  private final OrganisationRegistry registry;
  private final PositionHolderRepository holders;
  private final IdentitySync identitySync;

  EscalationDemo(@Value("${sinergi.demo.password}") String password, OrganisationRegistry registry,
      PositionHolderRepository holders, IdentitySync identitySync) {
    this.password = password;
    this.registry = registry;
    this.holders = holders;
    this.identitySync = identitySync;
  }

  @Override
  public void run(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(USER).count() == 0) {
      User user = identity.newUser(USER);
      user.setFirstName("Lalu");
      user.setLastName("Ahmad Zaini (Kepala Bagian Ekonomi Lombok Tengah)");
      user.setEmail(USER + "@demo.sinergi.local");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (!holders.existsByPositionCodeAndUserId(POSITION, USER)) {
      holders.save(new PositionHolder(registry.position(POSITION), USER,
          "Lalu Ahmad Zaini", Appointment.DEFINITIF, LocalDate.of(2026, 1, 2), null));
    }
    identitySync.syncPositionMembers(identity, POSITION);
  }
}
