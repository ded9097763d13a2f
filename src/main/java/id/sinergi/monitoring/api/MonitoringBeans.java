package id.sinergi.monitoring.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Cockpit creates the plugin's JAX-RS resources itself, outside Spring: they find Sinergi's
 * beans through the process engine they serve (one Spring context per engine).
 */
@Component
public class MonitoringBeans implements DisposableBean {

  private static final Map<ProcessEngine, ApplicationContext> CONTEXTS =
      new ConcurrentHashMap<>();

  private final ProcessEngine engine;

  public MonitoringBeans(ProcessEngine engine, ApplicationContext context) {
    this.engine = engine;
    CONTEXTS.put(engine, context);
  }

  static <T> T of(ProcessEngine engine, Class<T> type) {
    ApplicationContext context = CONTEXTS.get(engine);
    if (context == null) {
      throw new IllegalStateException("No Sinergi context for engine " + engine.getName());
    }
    return context.getBean(type);
  }

  @Override
  public void destroy() {
    CONTEXTS.remove(engine);
  }
}
