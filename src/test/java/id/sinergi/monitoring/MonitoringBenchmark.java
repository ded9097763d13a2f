package id.sinergi.monitoring;

import id.sinergi.monitoring.query.MonitoringQueries;
import id.sinergi.monitoring.query.MonitoringQueries.StepFilter;
import id.sinergi.monitoring.query.MonitoringScope;
import id.sinergi.support.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a test: how long each query of the Cockpit plugin takes on PostgreSQL with 20,000 running
 * instances (a waiting user task each, a fifth also at a message wait, a third overdue and
 * escalated) and a year of history (12 finished steps per instance: 240,000 activity
 * instances), for a manager (all Pemda) and for one Pemda's staff. Prints the median and the
 * slowest of 15 calls after 3 warm-up calls; the target is under 200 ms per call.
 *
 * <pre>
 * SINERGI_TEST_PG_DATABASE=sinergi_bench_cockpit ./mvnw -B -o test -Dgroups=benchmark \
 *   -Dtest=MonitoringBenchmark
 * </pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "SINERGI_ADMIN_USER=bench-admin", "SINERGI_ADMIN_PASSWORD=Bench-Admin-2026-x9"})
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class MonitoringBenchmark {

  static final int INSTANCES = 20_000;
  static final int HISTORY_PER_INSTANCE = 12;
  static final String[] PEMDA = {"52.01", "52.02", "52.03", "52.04", "52.05", "52.06", "52.07",
      "52.08", "52.71", "52.72"};

  @Autowired JdbcTemplate jdbc;
  @Autowired MonitoringQueries queries;
  @Autowired RepositoryService repository;

  @Test
  void timeEveryPluginQuery() {
    String definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey("pip-pemda-cooperation").latestVersion().singleResult().getId();
    long started = System.nanoTime();
    seed(definition);
    System.out.printf("BENCH seeded %,d instances, %,d history rows in %,d ms%n", INSTANCES,
        jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class),
        (System.nanoTime() - started) / 1_000_000);

    MonitoringScope all = new MonitoringScope(true, Set.of());
    MonitoringScope loteng = new MonitoringScope(false, Set.of("52.02"));
    List<String> ids = jdbc.queryForList("select ID_ from ACT_RU_EXECUTION where ID_ like"
        + " 'bench-%' order by ID_ limit 50", String.class);
    Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
    for (var scope : List.of(Map.entry("manajer", all), Map.entry("loteng", loteng))) {
      MonitoringScope s = scope.getValue();
      String who = scope.getKey();
      calls.put(who + " (a) activities of definition", () -> queries.activityLoad(s, definition));
      calls.put(who + " (a) steps at one activity", () -> queries.waitingSteps(s,
          new StepFilter(definition, "Task_PrepareProgramData", null, null, null, false)));
      calls.put(who + " (b) durations of definition, 90 d", () -> queries.durations(s,
          "pip-pemda-cooperation", 90, false, null));
      calls.put(who + " (c) stalled steps", () -> queries.waitingSteps(s,
          new StepFilter(null, null, null, null, null, true)));
      calls.put(who + " (c) stalled steps, level 2", () -> queries.waitingSteps(s,
          new StepFilter(null, null, "pip-pemda-cooperation", null, 2, true)));
      calls.put(who + " (d) open/overdue per Pemda", () -> queries.pemdaLoad(s, null));
      calls.put(who + " (e) durations per Pemda, 90 d", () -> queries.durations(s,
          "pip-pemda-cooperation", 90, true, null));
      calls.put(who + " (e) durations per Pemda, 365 d", () -> queries.durations(s,
          "pip-pemda-cooperation", 365, true, null));
      calls.put(who + " (f) Pemda of 50 instances", () -> queries.instancePemda(s, ids));
    }
    System.out.println("BENCH call                                         rows   median ms  max ms");
    for (var call : calls.entrySet()) {
      int rows = 0;
      for (int i = 0; i < 3; i++) {
        rows = ((List<?>) call.getValue().get()).size();
      }
      long[] ms = new long[15];
      for (int i = 0; i < ms.length; i++) {
        long t = System.nanoTime();
        call.getValue().get();
        ms[i] = (System.nanoTime() - t) / 1_000_000;
      }
      Arrays.sort(ms);
      System.out.printf("BENCH %-44s %6d %8d %8d%n", call.getKey(), rows, ms[ms.length / 2],
          ms[ms.length - 1]);
    }
  }

  private void seed(String definition) {
    List<String> sql = new ArrayList<>();
    String pemda = "(array['" + String.join("','", PEMDA) + "'])[1 + (g % " + PEMDA.length + ")]";
    String start = "(now() - interval '1 hour' * (g % 2000))";
    // running instances: one execution each, waiting at a user task
    sql.add("insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
        + " BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_,"
        + " IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_)"
        + " select 'bench-' || g, 1, 'bench-' || g, 'bench-' || g, 'KS-BENCH-' || g, '"
        + definition + "', case when g % 5 = 0 then 'Event_DataReceived' else null end,"
        + " 'bench-ai-' || g, true, false, true, false, 1, 0, 1"
        + " from generate_series(1, " + INSTANCES + ") g");
    sql.add("insert into case_file (process_instance_id, root_process_instance_id,"
        + " process_key, pemda_code, started_by, started_at) select 'bench-' || g, 'bench-' || g,"
        + " 'pip-pemda-cooperation', " + pemda + ", 'bench', " + start
        + " from generate_series(1, " + INSTANCES + ") g");
    String[] steps = {"Task_PrepareProgramData", "Task_ApproveInternally", "Task_AnswerOffer",
        "Task_ReviewAgreement", "Task_ReportDisbursement", "Task_EvaluateQuarter"};
    String step = "(array['" + String.join("','", steps) + "'])[1 + (g % " + steps.length + ")]";
    sql.add("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,"
        + " NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_)"
        + " select 'bench-t-' || g, 1, 'bench-' || g, 'bench-' || g, '" + definition + "', "
        + step + ", " + step + ", 50, " + start + ", " + start
        + " + interval '14 days' - interval '1 day' * (g % 3) * 20, 1"
        + " from generate_series(1, " + INSTANCES + ") g");
    sql.add("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)"
        + " select 'bench-il-' || g, 1, 'pemda-' || " + pemda + " || '-ekonomi', 'candidate',"
        + " 'bench-t-' || g from generate_series(1, " + INSTANCES + ") g");
    sql.add("insert into ACT_RU_EVENT_SUBSCR (ID_, REV_, EVENT_TYPE_, EVENT_NAME_, EXECUTION_ID_,"
        + " PROC_INST_ID_, ACTIVITY_ID_, CREATED_) select 'bench-es-' || g, 1, 'message',"
        + " 'DataReceived', 'bench-' || g, 'bench-' || g, 'Event_DataReceived', " + start
        + " from generate_series(5, " + INSTANCES + ", 5) g");
    // escalation levels 1..3 of every overdue task
    sql.add("insert into esc_escalation (step_key, step_kind, level, task_id, activity_id,"
        + " step_name, process_instance_id, process_key, business_key, pemda_code,"
        + " step_started_at, due_at, escalated_at, holder)"
        + " select 'bench-t-' || g, 'USER_TASK', l, 'bench-t-' || g, " + step + ", " + step
        + ", 'bench-' || g, 'pip-pemda-cooperation', 'KS-BENCH-' || g, " + pemda + ", "
        + start + ", " + start + " + interval '14 days' - interval '1 day' * (g % 3) * 20,"
        + " now() - interval '1 day' * (4 - l), 'Kepala Bagian'"
        + " from generate_series(1, " + INSTANCES + ") g, generate_series(1, 3) l"
        + " where g % 3 = 2 and l <= 1 + (g % 4) % 3");
    // a year of history: finished steps of the same instances
    sql.add("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
        + " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_,"
        + " DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)"
        + " select 'bench-h-' || g || '-' || h, 'pip-pemda-cooperation', '" + definition + "',"
        + " 'bench-' || g, 'bench-' || g, 'bench-' || g,"
        + " (array['" + String.join("','", steps) + "'])[1 + ((g + h) % " + steps.length + ")],"
        + " 'Langkah', 'userTask', now() - interval '1 hour' * ((g * 7 + h * 731) % 8760)"
        + " - interval '1 hour' * (1 + (g * h) % 400),"
        + " now() - interval '1 hour' * ((g * 7 + h * 731) % 8760),"
        + " 3600000::bigint * (1 + (g * h) % 400), 1, h"
        + " from generate_series(1, " + INSTANCES + ") g, generate_series(1, "
        + HISTORY_PER_INSTANCE + ") h");
    sql.add("vacuum analyze");
    for (String statement : sql) {
      jdbc.execute(statement);
    }
  }
}
