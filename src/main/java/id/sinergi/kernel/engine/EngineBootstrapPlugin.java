package id.sinergi.kernel.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs the {@link EngineBootstrapStep}s right after the engine is built. The web server starts
 * only after all beans exist, so no request reaches the webapps before an administrator
 * exists (CVE-2026-77226: the Admin first-run setup is open while camunda-admin is empty).
 */
@Component
public class EngineBootstrapPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineBootstrapPlugin.class);

  private final ObjectProvider<EngineBootstrapStep> steps;

  public EngineBootstrapPlugin(ObjectProvider<EngineBootstrapStep> steps) {
    this.steps = steps;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    steps.orderedStream().forEach(step -> {
      long started = System.nanoTime();
      step.run(engine);
      if (LOG.isDebugEnabled()) {
        LOG.debug("Start-up step {} took {} ms", ClassUtils.getUserClass(step).getSimpleName(),
            (System.nanoTime() - started) / 1_000_000);
      }
    });
  }
}
