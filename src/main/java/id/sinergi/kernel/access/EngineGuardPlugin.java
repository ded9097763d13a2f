package id.sinergi.kernel.access;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts the {@link EngineGuard} into every command the engine runs. */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<SubmittableFields> fields;
  private final ObjectProvider<DeploymentCheck> deployments;

  EngineGuardPlugin(ObjectProvider<SubmittableFields> fields,
      ObjectProvider<DeploymentCheck> deployments) {
    this.fields = fields;
    this.deployments = deployments;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new EngineGuard.Depth());
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new EngineGuard.Check(
        new EngineGuard(task -> fields.getObject().of(task),
            (tenant, resources) -> deployments.getObject().problems(tenant, resources))));
  }
}
