package id.sinergi.organisation;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings position groups up to date with today's holders at every start. */
@Component
@Order(40)
class PositionMembersStep implements EngineBootstrapStep {

  private final IdentitySync identitySync;

  PositionMembersStep(IdentitySync identitySync) {
    this.identitySync = identitySync;
  }

  @Override
  public void run(ProcessEngine engine) {
    identitySync.syncAllPositionMembers(engine.getIdentityService());
  }
}
