package id.sinergi.kernel.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the system, for work the app has already authorized through its access
 * model: a Pemda clerk may see the history of their own cooperation without a grant on the
 * process definition's history, completing a step ends its escalation ladder, an incubator's
 * staff may withdraw their own participant. Without a current authentication the engine checks
 * neither authorizations nor tenant membership. The only way Sinergi code bypasses either: every
 * caller checks access first.
 */
@Component
public class SystemEngineCalls {

  private final IdentityService identity;

  public SystemEngineCalls(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return work.get();
    }
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(current);
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
