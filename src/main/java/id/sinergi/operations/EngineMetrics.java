package id.sinergi.operations;

import id.sinergi.kernel.engine.SystemEngineCalls;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.impl.metrics.reporter.DbMetricsReporter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's own engine metrics (the ones Cockpit and {@code ManagementService#createMetricsQuery}
 * show) as Micrometer counters, e.g. {@code camunda_activity_instance_start_total}.
 *
 * <p>Camunda counts in memory and writes the counts to {@code ACT_RU_METER_LOG} every 15 minutes
 * (then starts again from 0). A counter here is this node's total: what the metrics query sums for
 * this node's reporter id (read at most once per {@code sinergi.operations.metrics-cache}) plus
 * what is counted in memory and not yet written. Each node reports its own counts, so Prometheus
 * sums nodes correctly. The value never goes down, not even in the moment a report is written.
 */
@Component
public class EngineMetrics implements MeterBinder {

  /** Camunda's metric name to what it counts. */
  static final Map<String, String> COUNTED = new LinkedHashMap<>();

  static {
    COUNTED.put(Metrics.ACTIVTY_INSTANCE_START, "Activity instances started (BPMN flow nodes)");
    COUNTED.put(Metrics.ACTIVTY_INSTANCE_END, "Activity instances ended");
    COUNTED.put(Metrics.ROOT_PROCESS_INSTANCE_START, "Root process instances started");
    COUNTED.put(Metrics.JOB_ACQUISITION_ATTEMPT, "Job acquisition cycles");
    COUNTED.put(Metrics.JOB_ACQUIRED_SUCCESS, "Jobs acquired by the job executor");
    COUNTED.put(Metrics.JOB_ACQUIRED_FAILURE, "Jobs that could not be locked (another node won)");
    COUNTED.put(Metrics.JOB_EXECUTION_REJECTED, "Jobs rejected because the executor was busy");
    COUNTED.put(Metrics.JOB_SUCCESSFUL, "Jobs executed successfully");
    COUNTED.put(Metrics.JOB_FAILED, "Job executions that failed");
    COUNTED.put(Metrics.JOB_LOCKED_EXCLUSIVE, "Exclusive jobs locked together");
    COUNTED.put(Metrics.EXECUTED_DECISION_INSTANCES, "DMN decision instances evaluated");
    COUNTED.put(Metrics.EXECUTED_DECISION_ELEMENTS, "DMN decision elements evaluated");
  }

  private final ObjectProvider<ProcessEngine> engine;
  private final ObjectProvider<SystemEngineCalls> system;
  private final long cacheNanos;
  private final Map<String, Long> lastValue = new ConcurrentHashMap<>();
  private volatile Map<String, Long> reported = Map.of();
  private volatile long reportedAt = Long.MIN_VALUE;

  public EngineMetrics(ObjectProvider<ProcessEngine> engine,
      ObjectProvider<SystemEngineCalls> system,
      @Value("${sinergi.operations.metrics-cache:PT30S}") Duration cache) {
    this.engine = engine;
    this.system = system;
    this.cacheNanos = cache.toNanos();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    COUNTED.forEach((name, description) ->
        FunctionCounter.builder(meterName(name), this, m -> m.total(name))
            .description(description + " (Camunda metric '" + name + "')")
            .register(registry));
  }

  /** "activity-instance-start" becomes "camunda.activity.instance.start". */
  static String meterName(String camundaName) {
    return "camunda." + camundaName.replace('-', '.');
  }

  /** This node's count: reported to the database plus counted since the last report. */
  double total(String name) {
    ProcessEngineConfigurationImpl configuration = configuration();
    if (configuration == null || configuration.getMetricsRegistry() == null) {
      return 0;
    }
    MetricsRegistry meters = configuration.getMetricsRegistry();
    Meter meter = meters.getDbMeterByName(name);
    long unreported = meter == null ? 0 : meter.get();
    long value = reported(configuration).getOrDefault(name, 0L) + unreported;
    return lastValue.merge(name, value, Math::max);
  }

  private Map<String, Long> reported(ProcessEngineConfigurationImpl configuration) {
    long now = System.nanoTime();
    if (reportedAt != Long.MIN_VALUE && now - reportedAt < cacheNanos) {
      return reported;
    }
    synchronized (this) {
      if (reportedAt == Long.MIN_VALUE || now - reportedAt >= cacheNanos) {
        DbMetricsReporter reporter = configuration.getDbMetricsReporter();
        String reporterId = reporter == null ? null
            : reporter.getMetricsCollectionTask().getReporter();
        Map<String, Long> sums = new LinkedHashMap<>();
        system.getObject().run(() -> COUNTED.keySet().forEach(name -> {
          var query = configuration.getManagementService().createMetricsQuery().name(name);
          if (reporterId != null) {
            query.reporter(reporterId);
          }
          sums.put(name, query.sum());
        }));
        reported = sums;
        reportedAt = System.nanoTime();
      }
      return reported;
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    ProcessEngine processEngine = engine.getIfAvailable();
    return processEngine == null ? null
        : (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
