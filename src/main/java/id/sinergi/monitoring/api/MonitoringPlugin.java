package id.sinergi.monitoring.api;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Sinergi's Cockpit plugin for managers: SLA load on every process diagram, stalled steps and
 * step durations per Pemda. Registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its assets are
 * under {@code plugin-webapp/sinergi-monitoring/app/}.
 */
public class MonitoringPlugin extends AbstractCockpitPlugin {

  public static final String ID = "sinergi-monitoring";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(MonitoringRootResource.class);
  }
}
