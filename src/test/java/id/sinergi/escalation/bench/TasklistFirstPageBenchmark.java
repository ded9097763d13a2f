package id.sinergi.escalation.bench;

import id.sinergi.support.BenchDatabase;
import static id.sinergi.escalation.bench.HttpBench.TASKLIST_ACCEPT;

import id.sinergi.kernel.access.AuthorizationManagers;
import id.sinergi.kernel.caller.Affiliations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: the first page of Tasklist's "Tugas kelompok saya" for a Pemda clerk, with N open
 * instances, on Sinergi (postgres and demo profiles, the demo clerk {@code loteng.ekonomi} of
 * Lombok Tengah) against a bare Camunda 7.24 engine with engine REST ({@link BareEngineRestApp}),
 * in one run on the same PostgreSQL, databases of their own, alternating rounds, medians.
 *
 * <p>Both engines hold the same N open instances of a one-task model, spread evenly over the
 * Pemda of the registry: each task's candidate group is its Pemda's {@code pemda-<code>-ekonomi}
 * (in Sinergi the instance's tenant is its Pemda, as for every case). The bare engine's clerk has
 * the same group memberships as Sinergi's. The request is what Tasklist sends: {@code POST
 * filter/{id}/list?firstResult=0&maxResults=15} with Tasklist's body and {@code Accept:
 * application/hal+json}, the filter being Sinergi's "Tugas kelompok saya" (candidate groups in
 * {@code ${currentUserGroups()}}, unassigned, by due date) created the same way in the bare
 * engine. Also prints the same filter read in-process through the Java API (the engine's share
 * of the latency), and with {@code -Dbench.revokes=auto} Sinergi a second time with Camunda's
 * default {@code authorizationCheckRevokes} (before/after the setting in application.yaml), after
 * checking that both settings give the clerk the same first page of Lombok Tengah's tasks only;
 * with {@code -Dbench.groups=camunda} likewise Sinergi with Camunda's own authorization manager
 * (before/after {@code AuthenticatedGroupsPlugin}); with {@code -Dbench.candidateGroups=compare}
 * Sinergi checking each row's grants in the group list as well (before/after
 * {@code CandidateGroupTasks}).
 *
 * <pre>
 * flock /work/notes/build.lock ./mvnw -B -o test -Dgroups=benchmark \
 *     -Dtest=TasklistFirstPageBenchmark -Dbench.n=20000 [-Dbench.rounds=5 -Dbench.requests=40 \
 *     -Dbench.warmup=20 -Dbench.revokes=auto -Dbench.groups=camunda \
 *     -Dbench.candidateGroups=compare]
 * </pre>
 */
@Tag("benchmark")
class TasklistFirstPageBenchmark {

  private static final int INSTANCES = Integer.getInteger("bench.n", 20000);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  private static final int REQUESTS = Integer.getInteger("bench.requests", 40);
  private static final String CLERK = "loteng.ekonomi";
  private static final String FILTER = "Tugas kelompok saya";
  private static final String KEY = "bench-group-task";
  private static final String DEMO_KEY = "bench-demo-task";
  /** What Tasklist posts for the first page (its default sorting: created, descending). */
  private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
      + "\"active\":true}";

  record Target(String name, int port, String rest, String filterId, ProcessEngine engine,
      List<String> groups, List<String> tenants, String revokes, SessionFactory authorizations,
      String list) {

    Target(String name, int port, String rest, String filterId, ProcessEngine engine,
        List<String> groups, List<String> tenants, String revokes) {
      this(name, port, rest, filterId, engine, groups, tenants, revokes, null, "/list");
    }

    Target(String name, int port, String rest, String filterId, ProcessEngine engine,
        List<String> groups, List<String> tenants, String revokes,
        SessionFactory authorizations) {
      this(name, port, rest, filterId, engine, groups, tenants, revokes, authorizations, "/list");
    }

    /**
     * Sinergi's engine under the Camunda setting this target measures (auto, always) and with
     * the authorization manager it measures (Sinergi's, or Camunda's own that narrows the
     * caller's groups by reading every group with a grant; the map is read per command).
     */
    void configure() {
      if (revokes != null) {
        ProcessEngineConfigurationImpl configuration =
            (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.setAuthorizationCheckRevokes(revokes);
        configuration.getSessionFactories().put(AuthorizationManager.class, authorizations);
      }
    }
  }

  @Test
  void firstPageAgainstABareEngine() throws Exception {
    String sinergiDb = HttpBench.PREFIX + "_tl_sinergi";
    String bareDb = HttpBench.PREFIX + "_tl_bare";
    // -Dbench.reuse=true: the databases of an earlier run with -Dbench.keep=true (same N), to
    // look at the figures again without creating N instances twice
    boolean reuse = Boolean.getBoolean("bench.reuse");
    if (!reuse) {
      BenchDatabase.recreate(sinergiDb);
      BenchDatabase.recreate(bareDb);
    }
    ConfigurableApplicationContext sinergi = null;
    ConfigurableApplicationContext bare = null;
    try {
      sinergi = HttpBench.startSinergi(sinergiDb);
      bare = BareEngineRestApp.start(BenchDatabase.url(bareDb));
      ProcessEngine sinergiEngine = sinergi.getBean(ProcessEngine.class);
      ProcessEngine bareEngine = bare.getBean(ProcessEngine.class);
      List<String> pemdas = new ArrayList<>(sinergi.getBean(Affiliations.class).pemdas().keySet());
      pemdas.sort(null);
      List<String> groups = sinergiEngine.getIdentityService().createGroupQuery()
          .groupMember(CLERK).list().stream().map(Group::getId).toList();
      List<String> tenants = sinergiEngine.getIdentityService().createTenantQuery()
          .userMember(CLERK).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
      System.out.printf("clerk %s groups %s tenants %s; %d Pemda; Sinergi authorizationCheckRevokes"
          + " %s (args %s)%n", CLERK, groups, tenants, pemdas.size(),
          ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) sinergiEngine
              .getProcessEngineConfiguration()).getAuthorizationCheckRevokes(),
          System.getProperty("bench.sinergiArgs"));
      boolean created = reuse && bareEngine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(KEY).count() == INSTANCES
          && sinergiEngine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(KEY).count() == INSTANCES;
      if (!created) {
        if (reuse) {
          throw new IllegalStateException("-Dbench.reuse: the kept databases do not hold "
              + INSTANCES + " instances; run once with -Dbench.keep=true and without reuse");
        }
        prepareBare(bareEngine, groups, "pemda-" + tenants.get(0) + "-ekonomi");
        for (ProcessEngine engine : List.of(sinergiEngine, bareEngine)) {
          engine.getRepositoryService().createDeployment().name("bench").addModelInstance(
              KEY + ".bpmn", model()).deploy();
        }
        long began = System.nanoTime();
        create(sinergiEngine, pemdas, INSTANCES);
        System.out.printf("sinergi: %d instances in %.1f s%n", INSTANCES,
            (System.nanoTime() - began) / 1e9);
        began = System.nanoTime();
        create(bareEngine, pemdas, INSTANCES);
        System.out.printf("bare: %d instances in %.1f s%n", INSTANCES,
            (System.nanoTime() - began) / 1e9);
        BenchDatabase.vacuum(sinergiDb);
        BenchDatabase.vacuum(bareDb);
      }

      int sinergiPort = HttpBench.port(sinergi);
      String sinergiFilter = filterId(sinergiPort, "/engine-rest");
      String configured = ((ProcessEngineConfigurationImpl) sinergiEngine
          .getProcessEngineConfiguration()).getAuthorizationCheckRevokes();
      int barePort = HttpBench.port(bare);
      Target b = new Target("bare", barePort, BareEngineRestApp.REST,
          filterId(barePort, BareEngineRestApp.REST), bareEngine, groups, List.of(), null);
      List<Target> targets = new ArrayList<>();
      SessionFactory sinergiAuthorizations = ((ProcessEngineConfigurationImpl) sinergiEngine
          .getProcessEngineConfiguration()).getSessionFactories().get(AuthorizationManager.class);
      targets.add(new Target("sinergi", sinergiPort, "/engine-rest", sinergiFilter, sinergiEngine,
          groups, tenants, configured, sinergiAuthorizations));
      targets.add(b);
      // -Dbench.groups=camunda: also Sinergi with Camunda's own authorization manager, which
      // reads every group holding a grant once per command (before/after AuthenticatedGroupsPlugin)
      if ("camunda".equals(System.getProperty("bench.groups"))) {
        targets.add(new Target("sinergi-camunda-groups", sinergiPort, "/engine-rest",
            sinergiFilter, sinergiEngine, groups, tenants, configured,
            new GenericManagerFactory(AuthorizationManager.class)));
      }
      // -Dbench.filterScope=compare: also Sinergi checking READ on the filter in every engine
      // command of the request, as before FilterReadScope: a matrix parameter on the path, which
      // Jersey ignores, keeps the request out of the scope (its path pattern no longer matches)
      if ("compare".equals(System.getProperty("bench.filterScope"))) {
        targets.add(new Target("sinergi-per-command", sinergiPort, "/engine-rest", sinergiFilter,
            sinergiEngine, groups, tenants, configured, sinergiAuthorizations,
            "/list;per-command"));
      }
      // -Dbench.candidateGroups=compare: also Sinergi checking each row's grants in the list of
      // the caller's groups' tasks (before/after CandidateGroupTasks)
      if ("compare".equals(System.getProperty("bench.candidateGroups"))) {
        targets.add(new Target("sinergi-row-checks", sinergiPort, "/engine-rest", sinergiFilter,
            sinergiEngine, groups, tenants, configured,
            AuthorizationManagers.checkingCandidateGroupRows()));
      }
      // -Dbench.revokes=auto: also Sinergi with Camunda's authorizationCheckRevokes set to that
      // (the setting is read per command), to compare both in one run
      String compare = System.getProperty("bench.revokes", "");
      if (!compare.isBlank() && !compare.equals(configured)) {
        targets.add(new Target("sinergi-" + compare, sinergiPort, "/engine-rest", sinergiFilter,
            sinergiEngine, groups, tenants, compare, sinergiAuthorizations));
      }
      Set<String> answers = new HashSet<>();
      for (Target t : targets) {
        t.configure();
        String page = firstPage(t);
        System.out.printf("%s: open tasks %d, clerk's group count %s, first page %s%n", t.name(),
            t.engine().getTaskService().createTaskQuery().count(), count(t), page);
        if (t.revokes() != null) {
          // the access model: a Lombok Tengah clerk sees only Lombok Tengah's tasks, whichever
          // way the authorization check is written into SQL
          if (!page.contains("tenants [" + tenants.get(0) + "]")) {
            throw new IllegalStateException(t.name() + " shows another Pemda's tasks: " + page);
          }
          answers.add(page);
        }
      }
      if (answers.size() != 1) {
        throw new IllegalStateException("Sinergi's first page differs by setting: " + answers);
      }
      // like for like: both pages hold as many tasks of as many process definitions (Sinergi's
      // holds the clerk's demo task, so the bare engine holds one of a definition of its own)
      Set<String> shapes = new HashSet<>();
      for (Target t : targets) {
        String page = firstPage(t);
        shapes.add(page.substring(0, page.indexOf(" (")) + page.substring(page.indexOf(
            ", definitions")));
      }
      if (shapes.size() != 1) {
        throw new IllegalStateException("the first pages differ in shape: " + shapes);
      }
      for (Target t : targets) {
        t.configure();
        CountingDataSource.capture = new java.util.concurrent.CopyOnWriteArrayList<>();
        long before = CountingDataSource.STATEMENTS.sum();
        page(t);
        System.out.printf("%s: %d SQL statements per first page%n", t.name(),
            CountingDataSource.STATEMENTS.sum() - before);
        if (Boolean.getBoolean("bench.sql")) {
          CountingDataSource.capture.forEach(sql -> System.out.println("  SQL " + sql));
        }
        CountingDataSource.capture = null;
      }
      // Warm-up: JIT, caches, connections.
      for (Target t : targets) {
        t.configure();
        for (int i = 0; i < Integer.getInteger("bench.warmup", 20); i++) {
          page(t);
          javaPage(t);
        }
      }
      Map<String, List<List<Double>>> http = new LinkedHashMap<>();
      Map<String, List<List<Double>>> api = new LinkedHashMap<>();
      for (int round = 1; round <= ROUNDS; round++) {
        List<Target> order = new ArrayList<>(targets);
        if (round % 2 == 0) {
          Collections.reverse(order);
        }
        for (Target t : order) {
          t.configure();
          List<Double> httpMillis = new ArrayList<>();
          List<Double> javaMillis = new ArrayList<>();
          for (int i = 0; i < REQUESTS; i++) {
            httpMillis.add(page(t));
            javaMillis.add(javaPage(t));
          }
          http.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(httpMillis);
          api.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(javaMillis);
          System.out.printf("round %d %-8s http median %6.1f ms, java API median %6.1f ms%n",
              round, t.name(), BenchDatabase.median(httpMillis), BenchDatabase.median(javaMillis));
        }
      }
      // Where each request's database time goes: every statement's execute time by kind, per
      // request (HTTP, then the Java API), after the rounds
      for (Target t : targets) {
        t.configure();
        for (boolean overHttp : new boolean[] {true, false}) {
          CountingDataSource.timing = new java.util.concurrent.ConcurrentHashMap<>();
          int n = REQUESTS;
          long began = System.nanoTime();
          for (int i = 0; i < n; i++) {
            if (overHttp) {
              page(t);
            } else {
              javaPage(t);
            }
          }
          double wall = (System.nanoTime() - began) / 1e6 / n;
          var times = CountingDataSource.timing;
          CountingDataSource.timing = null;
          double sql = times.values().stream().mapToLong(v -> v[0].sum()).sum() / 1e6 / n;
          System.out.printf("SQLTIME %s %s: %.1f ms per request, of it %.1f ms in SQL execute%n",
              t.name(), overHttp ? "http" : "java API", wall, sql);
          times.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0].sum(),
              x.getValue()[0].sum())).forEach(e -> System.out.printf(
              "SQLTIME   %6.2f ms %4.1f x  %s%n", e.getValue()[0].sum() / 1e6 / n,
              e.getValue()[1].sum() / (double) n, e.getKey()));
        }
      }
      System.out.printf("%nRESULT instances=%d rounds=%d requests/round=%d load=%s%n", INSTANCES,
          ROUNDS, REQUESTS, HttpBench.loadAverage());
      double bh = BenchDatabase.median(HttpBench.all(http.get("bare")));
      double bj = BenchDatabase.median(HttpBench.all(api.get("bare")));
      for (Target t : targets) {
        if (t == b) {
          continue;
        }
        double sh = BenchDatabase.median(HttpBench.all(http.get(t.name())));
        double sj = BenchDatabase.median(HttpBench.all(api.get(t.name())));
        System.out.printf("RESULT %s (authorizationCheckRevokes=%s) first page over HTTP (median "
            + "ms): %.1f, bare %.1f, ratio %.2f (p90 %.1f / %.1f)%n", t.name(), t.revokes(), sh,
            bh, sh / bh, HttpBench.percentile(HttpBench.all(http.get(t.name())), 0.9),
            HttpBench.percentile(HttpBench.all(http.get("bare")), 0.9));
        System.out.printf("RESULT %s same filter through the Java API (median ms): %.1f, bare "
            + "%.1f, ratio %.2f%n", t.name(), sj, bj, sj / bj);
      }
    } finally {
      if (bare != null) {
        bare.close();
      }
      if (sinergi != null) {
        sinergi.close();
      }
      if (!Boolean.getBoolean("bench.keep")) {
        BenchDatabase.drop(sinergiDb);
        BenchDatabase.drop(bareDb);
      }
    }
  }

  /** The bare engine: the clerk with Sinergi's groups, the filter as Sinergi defines it. */
  private static void prepareBare(ProcessEngine engine, List<String> groups, String clerkGroup) {
    var identity = engine.getIdentityService();
    User user = identity.newUser(CLERK);
    user.setPassword("demo");
    user.setFirstName("Lalu");
    user.setLastName("Muhamad Fauzi");
    identity.saveUser(user);
    for (String group : groups) {
      identity.saveGroup(identity.newGroup(group));
      identity.createMembership(CLERK, group);
    }
    var tasks = engine.getTaskService();
    Filter filter = engine.getFilterService().newTaskFilter(FILTER)
        .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned().orderByDueDate().asc())
        .setProperties(Map.of("priority", -5, "refresh", true));
    engine.getFilterService().saveFilter(filter);
    // Sinergi's demo data gives the clerk's group one task of another process, due long before
    // the benchmark's tasks (which have no due date), so it heads Sinergi's first page: the bare
    // engine gets one like it, so that both pages hold tasks of two process definitions
    engine.getRepositoryService().createDeployment().name("bench-demo").addModelInstance(
        DEMO_KEY + ".bpmn", Bpmn.createExecutableProcess(DEMO_KEY).name("Uji tugas demo")
            .camundaHistoryTimeToLive(30).startEvent().userTask("Task_Demo")
            .name("Siapkan data program UMKM").camundaCandidateGroups(clerkGroup)
            .camundaDueDate("2026-06-05T01:00:00").endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey(DEMO_KEY);
  }

  /** N instances, one open task each, round-robin over the Pemda (2 threads). */
  private static void create(ProcessEngine engine, List<String> pemdas, int instances)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
          String pemda = pemdas.get(i % pemdas.size());
          engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("pemdaCode", pemda,
              "group", "pemda-" + pemda + "-ekonomi"));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY).name("Uji daftar tugas").camundaHistoryTimeToLive(30)
        .startEvent("Event_Started").userTask("Task_Bench").name("Periksa berkas")
        .camundaCandidateGroups("${group}").endEvent("Event_Done").done();
  }

  private static String filterId(int port, String rest) throws Exception {
    var answer = HttpBench.expect(HttpBench.get(port, rest + "/filter?resourceType=Task",
        CLERK), 200, "filters");
    var filters = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    for (var filter : filters) {
      if (FILTER.equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException("no filter " + FILTER + " for " + CLERK + ": " + answer.body());
  }

  private static double page(Target t) {
    var answer = HttpBench.postJson(t.port(), t.rest() + "/filter/" + t.filterId()
        + t.list() + "?firstResult=0&maxResults=15", CLERK, TASKLIST_BODY, TASKLIST_ACCEPT);
    HttpBench.expect(answer, 200, t.name() + " first page");
    return answer.millis();
  }

  private static String firstPage(Target t) {
    var answer = HttpBench.postJson(t.port(), t.rest() + "/filter/" + t.filterId()
        + t.list() + "?firstResult=0&maxResults=15", CLERK, TASKLIST_BODY, TASKLIST_ACCEPT);
    HttpBench.expect(answer, 200, t.name() + " first page");
    try {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
      var tasks = json.path("_embedded").path("task");
      java.util.Set<String> tenantIds = new java.util.TreeSet<>();
      tasks.forEach(task -> tenantIds.add(task.path("tenantId").asText("-")));
      List<String> ids = new ArrayList<>();
      tasks.forEach(task -> ids.add(task.path("id").asText()));
      Set<String> definitions = new HashSet<>();
      tasks.forEach(task -> definitions.add(task.path("processDefinitionId").asText()));
      return tasks.size() + " tasks (HAL count " + json.path("count").asText() + ", tenants "
          + tenantIds + ", ids hash " + ids.hashCode() + ", definitions " + definitions.size()
          + ")";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String count(Target t) {
    var answer = HttpBench.postJson(t.port(), t.rest() + "/filter/" + t.filterId() + "/count",
        CLERK, "{}", null);
    return HttpBench.expect(answer, 200, t.name() + " count").body();
  }

  /** The same page through the Java API, authenticated as the clerk (no HTTP, no HAL). */
  private static double javaPage(Target t) {
    var identity = t.engine().getIdentityService();
    long began = System.nanoTime();
    identity.setAuthentication(CLERK, t.groups(), t.tenants());
    try {
      int size = t.engine().getFilterService().listPage(t.filterId(), 0, 15).size();
      if (size == 0) {
        throw new IllegalStateException(t.name() + ": empty first page");
      }
    } finally {
      identity.clearAuthentication();
    }
    return (System.nanoTime() - began) / 1e6;
  }
}
