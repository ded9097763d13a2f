package id.sinergi.operations;

import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.engine.SystemEngineCalls;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sinergi's workload as gauges: open and overdue steps per process and Pemda, open escalations
 * per level and Pemda, incidents, jobs the job executor still has to run or gave up on, and
 * notifications waiting to be sent.
 *
 * <p>Cheap to scrape: the numbers come from a handful of {@code GROUP BY} queries over the
 * runtime tables (open tasks, jobs and incidents only; escalations through their index on
 * {@code resolved_at}), run at most once per {@code sinergi.operations.metrics-cache} (30 s)
 * however often Prometheus scrapes; never a query over all process instances or history. How long
 * each refresh took is itself a metric ({@code sinergi_metrics_refresh_seconds}).
 *
 * <p>A step's Pemda is its task's tenant, which Camunda copies from the process instance, whose
 * tenant is the case file's Pemda; steps of cases without a Pemda are labelled {@code none}.
 */
@Component
public class WorkloadMetrics implements MeterBinder {

  static final String NONE = "none";

  /** Every gauge family; a family shows in a scrape once it has a row (notifications: always). */
  static final java.util.List<String> FAMILIES = java.util.List.of("sinergi.steps.open",
      "sinergi.steps.overdue", "sinergi.escalations.open", "sinergi.incidents",
      "sinergi.jobs.due", "sinergi.jobs.failed", "sinergi.notifications.waiting");
  private static final Logger LOG = LoggerFactory.getLogger(WorkloadMetrics.class);

  private static final String STEPS = "select d.KEY_, t.TENANT_ID_, count(*), "
      + "sum(case when t.DUE_DATE_ < ? then 1 else 0 end) from ACT_RU_TASK t "
      + "left join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ group by d.KEY_, t.TENANT_ID_";
  private static final String ESCALATIONS = "select level, pemda_code, count(*) "
      + "from esc_escalation where resolved_at is null group by level, pemda_code";
  private static final String INCIDENTS = "select d.KEY_, i.INCIDENT_TYPE_, count(*) "
      + "from ACT_RU_INCIDENT i left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_ "
      + "group by d.KEY_, i.INCIDENT_TYPE_";
  /** Jobs due now or out of retries (future timers, most of the table, are left out). */
  private static final String JOBS = "select definition_id, process_key, activity_id, failed, "
      + "count(*) from (select j.PROCESS_DEF_ID_ as definition_id, "
      + "j.PROCESS_DEF_KEY_ as process_key, d.ACT_ID_ as activity_id, "
      + "case when j.RETRIES_ = 0 then 1 else 0 end as failed "
      + "from ACT_RU_JOB j left join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ "
      + "where j.SUSPENSION_STATE_ = 1 and (j.RETRIES_ = 0 or j.DUEDATE_ is null "
      + "or j.DUEDATE_ <= ?)) jobs group by definition_id, process_key, activity_id, failed";

  /** One gauge: its name and labels. */
  record Series(String name, Tags tags) {}

  private final JdbcTemplate jdbc;
  private final ObjectProvider<ProcessEngine> engine;
  private final ObjectProvider<SystemEngineCalls> system;
  private final long cacheNanos;
  private final Map<Series, AtomicLong> values = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> notificationActivities = new ConcurrentHashMap<>();
  private volatile MeterRegistry registry;
  private volatile Timer refreshTimer;
  private volatile long refreshedAt = Long.MIN_VALUE;

  public WorkloadMetrics(JdbcTemplate jdbc, ObjectProvider<ProcessEngine> engine,
      ObjectProvider<SystemEngineCalls> system,
      @Value("${sinergi.operations.metrics-cache:PT30S}") Duration cache) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.system = system;
    this.cacheNanos = cache.toNanos();
  }

  @Override
  public void bindTo(MeterRegistry meterRegistry) {
    this.registry = meterRegistry;
    this.refreshTimer = Timer.builder("sinergi.metrics.refresh")
        .description("Time to read Sinergi's workload gauges from the database (once per cache "
            + "period, whatever the scrape rate)")
        .register(meterRegistry);
    values.keySet().forEach(this::register);
  }

  /** Reads the numbers once the application is up, so the first scrape already has them. */
  @EventListener(ApplicationReadyEvent.class)
  public void ready() {
    refresh();
  }

  /** Reads every gauge from the database now (tests; otherwise lazily when stale). */
  public synchronized void refresh() {
    long started = System.nanoTime();
    Map<Series, Long> next = new HashMap<>();
    Timestamp now = Timestamp.from(EngineClock.now());
    read("steps", () -> jdbc.query(STEPS, rs -> {
      Tags tags = Tags.of("process", label(rs.getString(1)), "pemda", label(rs.getString(2)));
      next.merge(new Series("sinergi.steps.open", tags), rs.getLong(3), Long::sum);
      next.merge(new Series("sinergi.steps.overdue", tags), rs.getLong(4), Long::sum);
    }, now));
    read("escalations", () -> jdbc.query(ESCALATIONS, rs -> {
      next.merge(new Series("sinergi.escalations.open", Tags.of("level",
          String.valueOf(rs.getInt(1)), "pemda", label(rs.getString(2)))), rs.getLong(3),
          Long::sum);
    }));
    read("incidents", () -> jdbc.query(INCIDENTS, rs -> {
      next.merge(new Series("sinergi.incidents", Tags.of("process", label(rs.getString(1)),
          "type", label(rs.getString(2)))), rs.getLong(3), Long::sum);
    }));
    read("jobs", () -> jdbc.query(JOBS, rs -> {
      String process = label(rs.getString(2));
      boolean failed = rs.getInt(4) == 1;
      long count = rs.getLong(5);
      next.merge(new Series(failed ? "sinergi.jobs.failed" : "sinergi.jobs.due",
          Tags.of("process", process)), count, Long::sum);
      if (isNotification(rs.getString(1), rs.getString(3))) {
        next.merge(new Series("sinergi.notifications.waiting",
            Tags.of("state", failed ? "failed" : "due")), count, Long::sum);
      }
    }, now));
    for (String state : new String[] {"due", "failed"}) {
      next.putIfAbsent(new Series("sinergi.notifications.waiting", Tags.of("state", state)), 0L);
    }
    // Series that disappeared (a Pemda's last overdue step was done) drop to 0, not away.
    values.forEach((series, value) -> {
      if (!next.containsKey(series)) {
        value.set(0);
      }
    });
    next.forEach((series, value) -> values.computeIfAbsent(series, s -> {
      AtomicLong holder = new AtomicLong();
      register(s, holder);
      return holder;
    }).set(value));
    refreshedAt = System.nanoTime();
    if (refreshTimer != null) {
      refreshTimer.record(Duration.ofNanos(refreshedAt - started));
    }
  }

  /** The current value of one series (tests). */
  public long value(String name, String... tags) {
    AtomicLong value = values.get(new Series(name, Tags.of(tags)));
    return value == null ? 0 : value.get();
  }

  private void register(Series series) {
    register(series, values.get(series));
  }

  private void register(Series series, AtomicLong holder) {
    MeterRegistry meters = registry;
    if (meters == null) {
      return;
    }
    Gauge.builder(series.name(), holder, h -> {
      refreshIfStale();
      return h.get();
    }).description(describe(series.name())).tags(series.tags()).register(meters);
  }

  private void refreshIfStale() {
    if (refreshedAt == Long.MIN_VALUE || System.nanoTime() - refreshedAt >= cacheNanos) {
      synchronized (this) {
        if (refreshedAt == Long.MIN_VALUE || System.nanoTime() - refreshedAt >= cacheNanos) {
          refresh();
        }
      }
    }
  }

  private void read(String what, Runnable query) {
    try {
      query.run();
    } catch (DataAccessException e) {
      LOG.warn("Cannot read the {} gauges: {}", what, e.getMostSpecificCause().getMessage());
    }
  }

  /**
   * Whether the job's activity sends a notification: a service task of its model whose
   * delegate, expression or class names a notification (e.g. {@code ${escalationNotification}}).
   */
  private boolean isNotification(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return false;
    }
    return notificationActivities.computeIfAbsent(processDefinitionId, id -> {
      Set<String> found = new HashSet<>();
      try {
        system.getObject().run(() -> engine.getObject().getRepositoryService()
            .getBpmnModelInstance(id).getModelElementsByType(ServiceTask.class)
            .forEach(task -> {
              String call = String.valueOf(task.getCamundaDelegateExpression())
                  + task.getCamundaExpression() + task.getCamundaClass();
              if (call.toLowerCase(Locale.ROOT).contains("notification")) {
                found.add(task.getId());
              }
            }));
      } catch (RuntimeException e) {
        LOG.debug("No model for process definition {}: {}", id, e.getMessage());
      }
      return found;
    }).contains(activityId);
  }

  private static String label(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }

  private static String describe(String name) {
    return switch (name) {
      case "sinergi.steps.open" -> "Open user tasks (steps) per process and Pemda";
      case "sinergi.steps.overdue" -> "Open user tasks past their due date per process and Pemda";
      case "sinergi.escalations.open" -> "Unresolved escalations per level and Pemda";
      case "sinergi.incidents" -> "Open incidents per process and incident type";
      case "sinergi.jobs.due" -> "Jobs due now that the job executor has not run yet";
      case "sinergi.jobs.failed" -> "Jobs out of retries (each is an incident in Cockpit)";
      case "sinergi.notifications.waiting" -> "Notification jobs due or failed (e-mail not sent)";
      default -> name;
    };
  }
}
