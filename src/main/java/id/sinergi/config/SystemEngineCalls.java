package id.sinergi.config;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the current user's engine authorizations, for work the app has
 * already authorized itself: a Pemda clerk may see the history of their own cooperation without
 * the right to read the process definition's history, an incubator's staff may withdraw their own
 * participant, a decision is evaluated inside a user's task completion. Callers check access first.
 */
@Component
public class SystemEngineCalls {

  private final IdentityService identity;

  public SystemEngineCalls(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
