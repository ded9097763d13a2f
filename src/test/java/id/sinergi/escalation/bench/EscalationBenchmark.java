package id.sinergi.escalation.bench;

import id.sinergi.SinergiApplication;
import id.sinergi.support.BenchDatabase;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: how many escalations per second Sinergi's job executor completes, next to a bare
 * Camunda engine firing plain non-interrupting timer boundary events, on the same PostgreSQL
 * database (the bare engine in schema "bare") in the same run.
 *
 * <p>Sinergi: N instances of a process with one user task (a due date, no ladder); time moves
 * past the due date, the recurring overdue-step-check marks each overdue and hands them to
 * escalation-reminder, which records level 1 and sends the e-mails; an escalation is complete
 * when its level-1 e-mail has been sent (delivery LOG, logger muted, so SMTP time is excluded). Bare: N
 * instances of a user task with a non-interrupting timer boundary leading to a counting service
 * task. Both job executors run 4 threads taking 10 jobs per acquisition, with 20 connections.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *   id.sinergi.escalation.bench.EscalationBenchmark 20000
 * </pre>
 * Database: SINERGI_BENCH_PG_DATABASE (default sinergi_bench_esc) on 127.0.0.1:5432, dropped and
 * created at start.
 */
public final class EscalationBenchmark {

  private static final String DATABASE = BenchDatabase.prefix("sinergi_bench_esc");
  private static final String URL = BenchDatabase.url(DATABASE);
  private static final Instant START = ZonedDateTime.parse("2026-09-07T10:00+08:00[Asia/Makassar]").toInstant();
  /** Five working days later (the global default SLA): Monday 14 September 10:00 WITA. */
  private static final Instant DUE = ZonedDateTime.parse("2026-09-14T10:00+08:00[Asia/Makassar]").toInstant();
  /** The same job executor for both engines: 4 threads, 10 jobs per acquisition. */
  private static final int THREADS = 4;
  private static final int BATCH = 10;
  private static final int CONNECTIONS = 20;
  private static final Instant AFTER_DUE = DUE.plusSeconds(2 * 3600);

  /** The bare engine's "escalation": a service task that only counts. */
  public static final class CountingDelegate implements JavaDelegate {
    static final AtomicLong FIRED = new AtomicLong();

    @Override
    public void execute(DelegateExecution execution) {
      FIRED.incrementAndGet();
    }
  }

  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int creators = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    BenchDatabase.recreate(DATABASE);
    ClockUtil.setCurrentTime(Date.from(START));
    ConfigurableApplicationContext sinergi = new SpringApplicationBuilder(SinergiApplication.class)
        .profiles("postgres", "demo").run(
            "--spring.datasource.url=" + URL, "--spring.datasource.username=postgres",
            "--spring.datasource.password=", "--server.port=0",
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.core-pool-size=" + THREADS,
            "--camunda.bpm.job-execution.max-pool-size=" + THREADS,
            "--camunda.bpm.job-execution.queue-capacity=" + 2 * BATCH,
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + BATCH,
            "--spring.datasource.hikari.maximum-pool-size=" + CONNECTIONS,
            "--sinergi.escalation.mail.delivery=log",
            "--logging.level.root=warn", "--logging.level.id.sinergi=warn",
            "--logging.level.id.sinergi.escalation.EscalationMailer=error",
            "--logging.level.org.camunda.bpm.engine.jobexecutor=" + System.getProperty("bench.jobLog", "warn"));
    ProcessEngine bare = null;
    try {
      // The demo data moves the engine clock while it drives its cases and resets it at the end.
      ClockUtil.setCurrentTime(Date.from(START));
      ProcessEngine engine = sinergi.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = sinergi.getBean(JdbcTemplate.class);
      engine.getRepositoryService().createDeployment().name("bench")
          .addClasspathResource("escalation/escalation-test-step.bpmn").deploy();
      bare = bareEngine();
      bare.getRepositoryService().createDeployment().name("bench")
          .addModelInstance("bench-bare-timer.bpmn", bareProcess()).deploy();

      double sinergiCreate = create(instances, creators, i -> engine.getRuntimeService()
          .startProcessInstanceByKey("escalation-test-step", "bench-" + i, Map.of("pemdaCode", "52.02")));
      double bareCreate = create(instances, creators, i -> bare().getRuntimeService()
          .startProcessInstanceByKey("bench-bare-timer", "bench-" + i, Map.of("dueAt", Date.from(DUE))));
      System.out.printf("created %d Sinergi instances (user task with due date): %.1f/s; bare: %.1f/s%n",
          instances, sinergiCreate, bareCreate);

      var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
      System.out.printf("Sinergi job executor: %s, %d jobs per acquisition, active=%s%n",
          executor.getClass().getSimpleName(), executor.getMaxJobsPerAcquisition(), executor.isActive());
      ClockUtil.setCurrentTime(Date.from(AFTER_DUE));
      System.out.printf("due jobs now: %d%n", engine.getManagementService().createJobQuery().executable().count());
      // Idle acquisition sleeps up to a minute; in production timers fall due one by one, here
      // all at once, so wake it as a new job would.
      executor.jobWasAdded();
      LongSupplier sent = () -> jdbc.queryForObject("select count(*) from esc_notification n "
          + "join esc_escalation e on e.id = n.escalation_id where e.level = 1 "
          + "and e.process_key = 'escalation-test-step'", Long.class);
      double sinergiRate = drain("Sinergi", instances, sent);
      ProcessEngineConfigurationImpl bareConfig =
          (ProcessEngineConfigurationImpl) bare.getProcessEngineConfiguration();
      bareConfig.getJobExecutor().start();
      double bareRate = drain("bare", instances, CountingDelegate.FIRED::get);
      bareConfig.getJobExecutor().shutdown();

      System.out.printf("%nRESULT instances=%d sinergi_escalations_per_s=%.1f bare_timers_per_s=%.1f "
          + "ratio_bare_over_sinergi=%.2f%n", instances, sinergiRate, bareRate, bareRate / sinergiRate);
    } finally {
      if (bare != null) {
        bare.close();
      }
      sinergi.close();
      ClockUtil.reset();
    }
  }

  private static ProcessEngine bareHolder;

  private static ProcessEngine bare() {
    return bareHolder;
  }

  private static ProcessEngine bareEngine() throws Exception {
    BenchDatabase.sql(DATABASE, "create schema bare");
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("bare");
    config.setJdbcUrl(URL + "?currentSchema=bare");
    config.setJdbcDriver("org.postgresql.Driver");
    config.setJdbcUsername("postgres");
    config.setJdbcPassword("");
    config.setDatabaseSchema("bare");
    config.setDatabaseTablePrefix("bare.");
    config.setDatabaseSchemaUpdate("true");
    config.setHistory("full");
    config.setJobExecutorActivate(false);
    config.setMetricsEnabled(false);
    config.setJdbcMaxActiveConnections(CONNECTIONS);
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setCorePoolSize(THREADS);
    executor.setMaxPoolSize(THREADS);
    executor.setQueueSize(2 * BATCH);
    executor.setMaxJobsPerAcquisition(BATCH);
    config.setJobExecutor(executor);
    bareHolder = config.buildProcessEngine();
    return bareHolder;
  }

  private static BpmnModelInstance bareProcess() {
    return Bpmn.createExecutableProcess("bench-bare-timer").camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").userTask("Task_Wait").name("Tunggu")
        .boundaryEvent("Timer_Due").cancelActivity(false).timerWithDate("${dueAt}")
        .serviceTask("Task_Remind").camundaClass(CountingDelegate.class.getName())
        .endEvent("Event_Reminded")
        .moveToActivity("Task_Wait").endEvent("Event_Done").done();
  }

  /** @return instances created per second */
  private static double create(int count, int threads, IntConsumer start) throws Exception {
    long began = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(pool.submit(() -> {
        for (int i = offset; i < count; i += threads) {
          start.accept(i);
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return count / ((System.nanoTime() - began) / 1e9);
  }

  /**
   * Waits until the job executor has completed {@code expected}, checking once a second on a
   * scheduler and failing when nothing moves for two minutes.
   *
   * @return completions per second
   */
  private static double drain(String label, int expected, LongSupplier done)
      throws InterruptedException {
    long began = System.nanoTime();
    java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicReference<String> stalled =
        new java.util.concurrent.atomic.AtomicReference<>();
    long[] last = {-1, began};
    var checker = Executors.newSingleThreadScheduledExecutor();
    checker.scheduleAtFixedRate(() -> {
      long now = done.getAsLong();
      double seconds = (System.nanoTime() - began) / 1e9;
      if (now >= expected) {
        finished.countDown();
        return;
      }
      if (now != last[0]) {
        last[0] = now;
        last[1] = System.nanoTime();
      } else if (System.nanoTime() - last[1] > 120e9) {
        stalled.set(label + " stalled at " + now + " of " + expected);
        finished.countDown();
        return;
      }
      if ((int) seconds % 30 == 0) {
        System.out.printf("%s: %d/%d after %.0f s%n", label, now, expected, seconds);
      }
    }, 0, 1, java.util.concurrent.TimeUnit.SECONDS);
    try {
      finished.await();
    } finally {
      checker.shutdownNow();
    }
    if (stalled.get() != null) {
      throw new IllegalStateException(stalled.get());
    }
    long now = done.getAsLong();
    double seconds = (System.nanoTime() - began) / 1e9;
    double rate = now / seconds;
    System.out.printf("%s: %d escalations in %.1f s = %.1f/s%n", label, now, seconds, rate);
    return rate;
  }

  private EscalationBenchmark() {}
}
