package id.sinergi.escalation.bench;

import com.zaxxer.hikari.HikariDataSource;
import static id.sinergi.support.BenchDatabase.drop;
import static id.sinergi.support.BenchDatabase.median;
import static id.sinergi.support.BenchDatabase.recreate;
import static id.sinergi.support.BenchDatabase.url;
import static id.sinergi.support.BenchDatabase.vacuum;

import id.sinergi.SinergiApplication;
import id.sinergi.support.BenchDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: what Sinergi adds to a waiting step. One run, one PostgreSQL, three engines on
 * databases of their own (created and dropped here): Sinergi (postgres profile, job executor
 * off, every listener on), a bare Camunda 7.24 engine (history full, job executor off) and the
 * same bare engine with a non-interrupting P14D timer boundary on every task ("bare B", the
 * cheapest way a plain engine watches a step). The model: start, 7 user tasks with one candidate
 * group each, end; per step a task query and a complete. Rounds alternate the engines; the
 * figures are medians. Also counts SQL statements per step through a JDBC counting wrapper.
 *
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dtest=StepCostBenchmark [-Dbench.rounds=5 -Dbench.n=300]
 *     [-Dbench.sql=true: first print each engine's statements per instance, by kind]
 * </pre>
 */
@Tag("benchmark")
class StepCostBenchmark {

  private static final String PREFIX = BenchDatabase.prefix("sinergi_bench_step");
  private static final int STEPS = 7;
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  private static final int INSTANCES = Integer.getInteger("bench.n", 300);
  private static final int[] THREADS = {1, 4};

  interface Engine {
    ProcessEngine engine();

    String processKey();
  }

  @Test
  void sinergiAgainstABareEngine() throws Exception {
    String sinergiDb = PREFIX + "_sinergi";
    String bareDb = PREFIX + "_bare";
    recreate(sinergiDb);
    recreate(bareDb);
    ConfigurableApplicationContext sinergi = null;
    ProcessEngine bare = null;
    HikariDataSource bareData = null;
    try {
      sinergi = new SpringApplicationBuilder(SinergiApplication.class).profiles("postgres")
          .initializers(context -> context.getBeanFactory().addBeanPostProcessor(
              new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                  return bean instanceof HikariDataSource data ? CountingDataSource.wrap(data) : bean;
                }
              }))
          .run("--spring.datasource.url=" + url(sinergiDb), "--spring.datasource.username=postgres",
              "--spring.datasource.password=", "--server.port=0",
              "--spring.datasource.hikari.maximum-pool-size=10",
              "--camunda.bpm.job-execution.enabled=false",
              "--sinergi.admin.user=bench.admin", "--sinergi.admin.password=bench-Admin-2026!",
              "--sinergi.escalation.mail.delivery=log",
              "--logging.level.root=warn", "--logging.level.id.sinergi=warn");
      ProcessEngine sinergiEngine = sinergi.getBean(ProcessEngine.class);
      sinergiEngine.getRepositoryService().createDeployment().name("bench")
          .addModelInstance("bench-seven-steps.bpmn", model("bench-seven-steps", false)).deploy();

      bareData = new HikariDataSource();
      bareData.setJdbcUrl(url(bareDb));
      bareData.setUsername("postgres");
      bareData.setMaximumPoolSize(10);
      StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
      config.setProcessEngineName("bare");
      config.setDataSource(CountingDataSource.wrap(bareData));
      config.setDatabaseSchemaUpdate("true");
      config.setHistory("full");
      config.setJobExecutorActivate(false);
      bare = config.buildProcessEngine();
      bare.getRepositoryService().createDeployment().name("bench")
          .addModelInstance("bench-seven-steps.bpmn", model("bench-seven-steps", false))
          .addModelInstance("bench-seven-steps-timer.bpmn", model("bench-seven-steps-timer", true))
          .deploy();

      ProcessEngine bareEngine = bare;
      Map<String, Engine> engines = new LinkedHashMap<>();
      engines.put("sinergi", engine(sinergiEngine, "bench-seven-steps"));
      engines.put("bare", engine(bareEngine, "bench-seven-steps"));
      engines.put("bareB", engine(bareEngine, "bench-seven-steps-timer"));
      Map<String, Map<Integer, List<Double>>> rates = new LinkedHashMap<>();
      Map<String, Double> statementsPerStep = new LinkedHashMap<>();
      // Warm-up: JIT and caches of every engine.
      for (var entry : engines.entrySet()) {
        run(entry.getValue(), 50, 2);
      }
      if (Boolean.getBoolean("bench.sql")) {
        for (var entry : engines.entrySet()) {
          printStatements(entry.getKey(), entry.getValue());
        }
      }
      for (int round = 1; round <= ROUNDS; round++) {
        for (int threads : THREADS) {
          for (var entry : engines.entrySet()) {
            vacuum(entry.getKey().equals("sinergi") ? sinergiDb : bareDb);
            long before = CountingDataSource.STATEMENTS.sum();
            double rate = run(entry.getValue(), INSTANCES, threads);
            double perStep = (CountingDataSource.STATEMENTS.sum() - before)
                / (double) (INSTANCES * STEPS);
            if (threads == 1) {
              statementsPerStep.put(entry.getKey(), perStep);
            }
            rates.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<>())
                .computeIfAbsent(threads, k -> new ArrayList<>()).add(rate);
            System.out.printf("round %d threads %d %-8s %7.1f tasks/s %6.1f statements/step%n",
                round, threads, entry.getKey(), rate, perStep);
          }
        }
      }
      System.out.printf("%nRESULT rounds=%d instances=%d steps=%d (medians, tasks/s)%n", ROUNDS,
          INSTANCES, STEPS);
      for (int threads : THREADS) {
        double s = median(rates.get("sinergi").get(threads));
        double b = median(rates.get("bare").get(threads));
        double bb = median(rates.get("bareB").get(threads));
        System.out.printf("RESULT threads=%d sinergi=%.1f bare=%.1f bareB=%.1f "
            + "sinergi/bareB=%.2f sinergi/bare=%.2f%n", threads, s, b, bb, s / bb, s / b);
      }
      System.out.printf("RESULT statements/step sinergi=%.1f bare=%.1f bareB=%.1f%n",
          statementsPerStep.get("sinergi"), statementsPerStep.get("bare"),
          statementsPerStep.get("bareB"));
    } finally {
      if (bare != null) {
        bare.close();
      }
      if (bareData != null) {
        bareData.close();
      }
      if (sinergi != null) {
        sinergi.close();
      }
      drop(sinergiDb);
      drop(bareDb);
    }
  }

  /** Each kind of statement one instance of the model sends (start and its 7 steps), 1 thread. */
  private static void printStatements(String name, Engine engine) throws Exception {
    int instances = 20;
    Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    CountingDataSource.counts = counts;
    try {
      run(engine, instances, 1);
    } finally {
      CountingDataSource.counts = null;
    }
    System.out.printf("%nSQL %s: statements per instance (start and %d steps), by kind%n", name,
        STEPS);
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> System.out.printf("SQL %-8s %6.2f  %s%n", name,
            e.getValue().sum() / (double) instances, e.getKey()));
  }

  private static Engine engine(ProcessEngine engine, String key) {
    return new Engine() {
      public ProcessEngine engine() { return engine; }
      public String processKey() { return key; }
    };
  }

  /** @return completed tasks per second: each thread starts its instances and works them off */
  private static double run(Engine engine, int instances, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long began = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(pool.submit(() -> {
        TaskService tasks = engine.engine().getTaskService();
        for (int i = offset; i < instances; i += threads) {
          String id = engine.engine().getRuntimeService().startProcessInstanceByKey(
              engine.processKey(), Map.of("pemdaCode", "52.02")).getId();
          for (int step = 1; step <= STEPS; step++) {
            Task task = tasks.createTaskQuery().processInstanceId(id)
                .taskCandidateGroup("bench-group-" + step).singleResult();
            tasks.complete(task.getId());
          }
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();
    return instances * STEPS / seconds;
  }

  private static BpmnModelInstance model(String key, boolean timers) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(30).startEvent("Event_Started");
    for (int step = 1; step <= STEPS; step++) {
      var task = flow.userTask("Task_Step" + step).name("Langkah " + step)
          .camundaCandidateGroups("bench-group-" + step);
      flow = task;
      if (timers) {
        flow = task.boundaryEvent("Timer_Step" + step).cancelActivity(false)
            .timerWithDuration("P14D").endEvent("Event_Reminded" + step)
            .moveToNode("Task_Step" + step);
      }
    }
    return flow.endEvent("Event_Done").done();
  }
}
