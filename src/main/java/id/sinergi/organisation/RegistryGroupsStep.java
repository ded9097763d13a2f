package id.sinergi.organisation;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the registry's groups before anyone can log in. */
@Component
@Order(10)
class RegistryGroupsStep implements EngineBootstrapStep {

  private final IdentitySync identitySync;

  RegistryGroupsStep(IdentitySync identitySync) {
    this.identitySync = identitySync;
  }

  @Override
  public void run(ProcessEngine engine) {
    identitySync.syncGroups(engine.getIdentityService());
  }
}
