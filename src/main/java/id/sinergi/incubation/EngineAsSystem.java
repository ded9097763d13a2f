package id.sinergi.incubation;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call without the current user's engine authorizations, for work the app has
 * already authorized itself (e.g. an incubator's staff withdrawing their own participant, or a
 * decision evaluated inside a user's task completion). Callers must check access first.
 */
@Component
public class EngineAsSystem {

  private final IdentityService identity;

  public EngineAsSystem(IdentityService identity) {
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
