package id.sinergi.kernel.engine;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * One piece of start-up work that must be done before the webapps answer (identity, the first
 * administrator, authorizations, filters, models). Steps run in {@link org.springframework.core.annotation.Order}.
 */
public interface EngineBootstrapStep {

  void run(ProcessEngine engine);
}
