package id.sinergi.monitoring.query;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.monitoring.query.MonitoringViews.ActivityLoad;
import id.sinergi.monitoring.query.MonitoringViews.Choice;
import id.sinergi.monitoring.query.MonitoringViews.InstancePemda;
import id.sinergi.monitoring.query.MonitoringViews.PemdaLoad;
import id.sinergi.monitoring.query.MonitoringViews.StepDuration;
import id.sinergi.monitoring.query.MonitoringViews.WaitingStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers managers watch, computed by the database (aggregates, percentiles, one query per
 * answer; nothing loads instances into memory). Every query is limited to the Pemda of the
 * {@link MonitoringScope} the caller has.
 *
 * <p>A waiting step is an open user task (overdue when its due date, set from the SLA in working
 * days, has passed) or a message wait (an execution at an intermediate message event or receive
 * task; overdue when the escalation tables hold an open level for it).
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

  /** Ladders of the escalation capability are bookkeeping, not work of a Pemda. */
  static final String LADDER_PROCESS = "stalled-step-escalation";
  static final int MAX_ROWS = 500;
  static final int MAX_DAYS = 366;

  private static final String WAITING = """
      select t.ID_ as step_key, 'USER_TASK' as kind, t.PROC_INST_ID_ as pi, t.PROC_DEF_ID_ as pd,
             t.TASK_DEF_KEY_ as act, t.NAME_ as act_name, t.CREATE_TIME_ as started,
             t.DUE_DATE_ as due, t.ASSIGNEE_ as assignee, t.ID_ as task_id
        from ACT_RU_TASK t
       where t.PROC_INST_ID_ is not null %1$s
      union all
      select e.ACT_INST_ID_, 'MESSAGE_WAIT', e.PROC_INST_ID_, e.PROC_DEF_ID_, s.ACTIVITY_ID_,
             s.EVENT_NAME_, s.CREATED_,
             xd.due, cast(null as varchar(255)), cast(null as varchar(64))
        from ACT_RU_EVENT_SUBSCR s
        join ACT_RU_EXECUTION e on e.ID_ = s.EXECUTION_ID_ and e.ACT_ID_ = s.ACTIVITY_ID_
        left join (select x.process_instance_id, x.activity_id,
                          cast(min(x.due_at) as timestamp) as due
                     from esc_escalation x where x.resolved_at is null
                    group by x.process_instance_id, x.activity_id) xd
          on xd.process_instance_id = e.PROC_INST_ID_ and xd.activity_id = s.ACTIVITY_ID_
       where s.EVENT_TYPE_ = 'message' %2$s
      """;

  /** The open escalations per step (joined as {@code x}, one hash join instead of lookups). */
  private static final String OPEN_ESCALATIONS = " left join (select step_key, max(level) as lvl,"
      + " max(escalated_at) as last_escalated, max(holder) as holder from esc_escalation"
      + " where resolved_at is null group by step_key) x on x.step_key = w.step_key";

  /** Open escalation level of a waiting step (0 = not escalated). */
  private static final String LEVEL = "coalesce(x.lvl, 0)";

  private final NamedParameterJdbcTemplate jdbc;

  public MonitoringQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** (a) Per waiting activity of one process definition: open, overdue, oldest. */
  public List<ActivityLoad> activityLoad(MonitoringScope scope, String processDefinitionId) {
    MapSqlParameterSource p = params(scope).addValue("pd", processDefinitionId);
    String sql = "select w.act, max(w.act_name) as act_name, count(*) as open_count,"
        + " sum(case when w.due < :now then 1 else 0 end) as overdue_count,"
        + " min(w.started) as oldest, min(case when w.due < :now then w.due end) as oldest_due,"
        + " max(" + LEVEL + ") as max_level, max(d.KEY_) as process_key"
        + " from (" + waiting("and t.PROC_DEF_ID_ = :pd", "and e.PROC_DEF_ID_ = :pd") + ") w"
        + " join ACT_RE_PROCDEF d on d.ID_ = w.pd" + OPEN_ESCALATIONS
        + scopeJoin(scope, "w.pi") + " group by w.act order by w.act";
    Instant now = now();
    Slas slas = slas();
    return jdbc.query(sql, p, (rs, i) -> {
      Instant oldest = instant(rs, "oldest");
      Instant oldestDue = instant(rs, "oldest_due");
      return new ActivityLoad(rs.getString("act"), rs.getString("act_name"),
          rs.getLong("open_count"), rs.getLong("overdue_count"), iso(oldest), days(oldest, now),
          days(oldestDue, now), rs.getInt("max_level"),
          slas.workingDays(rs.getString("process_key"), rs.getString("act"), null));
    });
  }

  /**
   * (a) The steps waiting at one activity of a definition, or (c) across processes the stalled
   * ones: overdue steps (due date passed or escalated), filterable, most overdue first.
   */
  public List<WaitingStep> waitingSteps(MonitoringScope scope, StepFilter filter) {
    MapSqlParameterSource p = params(scope);
    StringBuilder taskFilter = new StringBuilder();
    StringBuilder waitFilter = new StringBuilder();
    StringBuilder where = new StringBuilder(" where d.KEY_ <> '" + LADDER_PROCESS + "'");
    if (filter.processDefinitionId() != null) {
      p.addValue("pd", filter.processDefinitionId());
      taskFilter.append(" and t.PROC_DEF_ID_ = :pd");
      waitFilter.append(" and e.PROC_DEF_ID_ = :pd");
    }
    if (filter.activityId() != null) {
      p.addValue("act", filter.activityId());
      taskFilter.append(" and t.TASK_DEF_KEY_ = :act");
      waitFilter.append(" and s.ACTIVITY_ID_ = :act");
    }
    if (filter.processKey() != null) {
      p.addValue("key", filter.processKey());
      where.append(" and d.KEY_ = :key");
    }
    if (filter.pemdaCode() != null) {
      p.addValue("pemda", scope.requirePemda(filter.pemdaCode()));
      where.append(" and cf.pemda_code = :pemda");
    }
    if (filter.overdueOnly()) {
      where.append(" and w.due < :now");
    }
    if (filter.level() != null) {
      p.addValue("level", filter.level());
      where.append(" and ").append(LEVEL).append(" = :level");
    }
    String sql = "select w.*, d.KEY_ as process_key, cf.pemda_code, ou.short_name as pemda_name,"
        + " r.BUSINESS_KEY_ as business_key, u.FIRST_ as first_name, u.LAST_ as last_name,"
        + " (select min(il.GROUP_ID_) from ACT_RU_IDENTITYLINK il"
        + "   where il.TASK_ID_ = w.task_id and il.TYPE_ = 'candidate') as candidate_group,"
        + " coalesce(x.lvl, 0) as esc_level, x.last_escalated, x.holder as esc_holder"
        + " from (" + waiting(taskFilter.toString(), waitFilter.toString()) + ") w"
        + " join ACT_RE_PROCDEF d on d.ID_ = w.pd" + OPEN_ESCALATIONS
        + " join ACT_RU_EXECUTION r on r.ID_ = w.pi"
        + " left join ACT_ID_USER u on u.ID_ = w.assignee"
        + (scope.all() ? " left join case_file cf on cf.process_instance_id = w.pi"
            : " join case_file cf on cf.process_instance_id = w.pi"
              + " and cf.pemda_code in (:codes)")
        + " left join org_unit ou on ou.code = cf.pemda_code"
        + where + " order by w.due asc nulls last, w.started asc"
        + " fetch first " + MAX_ROWS + " rows only";
    Instant now = now();
    Map<String, String> groupNames = groupNames();
    return jdbc.query(sql, p, (rs, i) -> {
      Instant started = instant(rs, "started");
      Instant due = instant(rs, "due");
      String group = rs.getString("candidate_group");
      String person = name(rs.getString("first_name"), rs.getString("last_name"),
          rs.getString("assignee"));
      if (group == null && person == null) {
        person = rs.getString("esc_holder");
      }
      return new WaitingStep(rs.getString("pi"), rs.getString("business_key"),
          rs.getString("pemda_code"), rs.getString("pemda_name"), rs.getString("process_key"),
          rs.getString("act"), rs.getString("act_name"), rs.getString("kind"), group,
          group == null ? null : groupNames.getOrDefault(group, group), person, iso(started),
          days(started, now), iso(due), due == null ? 0 : Math.max(0, days(due, now)),
          rs.getInt("esc_level"), iso(instant(rs, "last_escalated")));
    });
  }

  /** (d) Open and overdue steps per Pemda now. */
  public List<PemdaLoad> pemdaLoad(MonitoringScope scope, String processKey) {
    MapSqlParameterSource p = params(scope);
    String keyFilter = "";
    if (processKey != null) {
      p.addValue("key", processKey);
      keyFilter = " and d.KEY_ = :key";
    }
    String sql = "select cf.pemda_code, max(ou.short_name) as pemda_name, count(*) as open_count,"
        + " sum(case when w.due < :now then 1 else 0 end) as overdue_count"
        + " from (" + waiting("", "") + ") w"
        + " join ACT_RE_PROCDEF d on d.ID_ = w.pd"
        + " join case_file cf on cf.process_instance_id = w.pi"
        + " left join org_unit ou on ou.code = cf.pemda_code"
        + " where cf.pemda_code is not null and d.KEY_ <> '" + LADDER_PROCESS + "'" + keyFilter
        + (scope.all() ? "" : " and cf.pemda_code in (:codes)")
        + " group by cf.pemda_code order by cf.pemda_code";
    return jdbc.query(sql, p, (rs, i) -> new PemdaLoad(rs.getString("pemda_code"),
        rs.getString("pemda_name"), rs.getLong("open_count"), rs.getLong("overdue_count")));
  }

  /**
   * (b) and (e) Median and 90th percentile of the time each step took, over the steps that
   * finished in the last {@code days} days, per step or per step and Pemda, with its SLA.
   */
  public List<StepDuration> durations(MonitoringScope scope, String processKey, int days,
      boolean perPemda, String pemdaCode) {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException("days", "periode harus 1 sampai " + MAX_DAYS + " hari");
    }
    if (processKey == null || processKey.isBlank()) {
      throw new InvalidInputException("processKey", "proses wajib dipilih");
    }
    MapSqlParameterSource p = params(scope).addValue("key", processKey)
        .addValue("since", Timestamp.from(now().minus(Duration.ofDays(days))));
    boolean joinCase = perPemda || !scope.all() || pemdaCode != null;
    String pemdaCol = perPemda ? "cf.pemda_code" : "cast(null as varchar(16))";
    StringBuilder where = new StringBuilder(" where h.PROC_DEF_KEY_ = :key"
        + " and h.END_TIME_ >= :since"
        + " and h.ACT_TYPE_ in ('userTask', 'receiveTask', 'intermediateMessageCatch')");
    if (!scope.all()) {
      where.append(" and cf.pemda_code in (:codes)");
    }
    if (pemdaCode != null) {
      p.addValue("pemda", scope.requirePemda(pemdaCode));
      where.append(" and cf.pemda_code = :pemda");
    }
    String sql = "select h.ACT_ID_ as act, max(h.ACT_NAME_) as act_name, " + pemdaCol
        + " as pemda_code, count(*) as n,"
        + " percentile_cont(0.5) within group (order by h.DURATION_) as p50,"
        + " percentile_cont(0.9) within group (order by h.DURATION_) as p90"
        + " from ACT_HI_ACTINST h"
        + (joinCase ? " join case_file cf on cf.process_instance_id = h.PROC_INST_ID_" : "")
        + where + " group by h.ACT_ID_" + (perPemda ? ", cf.pemda_code" : "")
        + " order by h.ACT_ID_" + (perPemda ? ", cf.pemda_code" : "");
    Slas slas = slas();
    Map<String, String> pemdaNames = perPemda ? pemdaNames() : Map.of();
    return jdbc.query(sql, p, (rs, i) -> {
      String pemda = rs.getString("pemda_code");
      return new StepDuration(processKey, rs.getString("act"), rs.getString("act_name"), pemda,
          pemda == null ? null : pemdaNames.get(pemda), rs.getLong("n"),
          hours(rs.getDouble("p50")), hours(rs.getDouble("p90")),
          slas.workingDays(processKey, rs.getString("act"), pemda));
    });
  }

  /** (f) The Pemda of each given process instance the caller may see (at most 500 ids). */
  public List<InstancePemda> instancePemda(MonitoringScope scope, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > MAX_ROWS) {
      throw new InvalidInputException("ids", "paling banyak " + MAX_ROWS + " instans sekaligus");
    }
    MapSqlParameterSource p = params(scope).addValue("ids", ids);
    String sql = "select cf.process_instance_id, cf.pemda_code, ou.short_name as pemda_name,"
        + " (select max(h.BUSINESS_KEY_) from ACT_HI_PROCINST h"
        + "   where h.PROC_INST_ID_ = cf.process_instance_id) as business_key"
        + " from case_file cf left join org_unit ou on ou.code = cf.pemda_code"
        + " where cf.process_instance_id in (:ids)"
        + (scope.all() ? "" : " and cf.pemda_code in (:codes)");
    return jdbc.query(sql, p, (rs, i) -> new InstancePemda(rs.getString("process_instance_id"),
        rs.getString("business_key"), rs.getString("pemda_code"), rs.getString("pemda_name")));
  }

  /** The Pemda the caller may filter by. */
  public List<Choice> pemdaChoices(MonitoringScope scope) {
    return pemdaNames().entrySet().stream().filter(e -> scope.sees(e.getKey()))
        .map(e -> new Choice(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(Choice::code)).toList();
  }

  /** The key of a process definition, if it exists. */
  public java.util.Optional<String> processKeyOf(String processDefinitionId) {
    return jdbc.query("select KEY_ from ACT_RE_PROCDEF where ID_ = :id",
        Map.of("id", processDefinitionId), (rs, i) -> rs.getString(1)).stream().findFirst();
  }

  /** Process keys with their newest name. */
  public List<Choice> processChoices() {
    return jdbc.query("select d.KEY_ as k, max(d.NAME_) as n from ACT_RE_PROCDEF d"
            + " where d.KEY_ <> '" + LADDER_PROCESS + "' group by d.KEY_ order by d.KEY_",
        Map.of(), (rs, i) -> new Choice(rs.getString("k"),
            rs.getString("n") == null ? rs.getString("k") : rs.getString("n")));
  }

  /** Which activities of a (stalled-step) filter: a process definition, activity and more. */
  public record StepFilter(String processDefinitionId, String activityId, String processKey,
      String pemdaCode, Integer level, boolean overdueOnly) {}

  private static String waiting(String taskFilter, String waitFilter) {
    return WAITING.formatted(taskFilter, waitFilter);
  }

  private static String scopeJoin(MonitoringScope scope, String processInstance) {
    return scope.all() ? "" : " join case_file cf on cf.process_instance_id = " + processInstance
        + " and cf.pemda_code in (:codes)";
  }

  private static MapSqlParameterSource params(MonitoringScope scope) {
    return new MapSqlParameterSource().addValue("now", Timestamp.from(now()))
        .addValue("codes", scope.sqlCodes());
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private Map<String, String> pemdaNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.query("select code, short_name from org_unit where kind = 'PEMDA'", Map.of(),
        rs -> {
          names.put(rs.getString("code"), rs.getString("short_name"));
        });
    return names;
  }

  /** Camunda group id to the unit or position it stands for ("Diskop (Lombok Tengah)"). */
  private Map<String, String> groupNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.query("select u.staff_group_id as g, u.short_name as n, p.short_name as pemda"
        + " from org_unit u left join org_unit p on p.code = u.pemda_code and p.kind = 'PEMDA'"
        + " where u.staff_group_id is not null", Map.of(), rs -> {
          names.put(rs.getString("g"), withPemda(rs.getString("n"), rs.getString("pemda")));
        });
    jdbc.query("select o.group_id as g, o.title as n, p.short_name as pemda from org_position o"
        + " join org_unit u on u.code = o.unit_code"
        + " left join org_unit p on p.code = u.pemda_code and p.kind = 'PEMDA'", Map.of(), rs -> {
          names.put(rs.getString("g"), withPemda(rs.getString("n"), rs.getString("pemda")));
        });
    return names;
  }

  private static String withPemda(String name, String pemda) {
    return pemda == null ? name : name + " (" + pemda + ")";
  }

  /** The service levels, resolved like the escalation does: the most specific row wins. */
  private Slas slas() {
    List<String[]> rows = new ArrayList<>();
    jdbc.query("select process_key, activity_id, pemda_code, due_working_days from esc_sla",
        Map.of(), rs -> {
          rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
              String.valueOf(rs.getInt(4))});
        });
    return new Slas(rows);
  }

  private record Slas(List<String[]> rows) {
    Integer workingDays(String processKey, String activityId, String pemdaCode) {
      String[] best = null;
      int bestScore = -1;
      for (String[] r : rows) {
        if (matches(r[0], processKey) && matches(r[1], activityId) && matches(r[2], pemdaCode)) {
          int score = ("*".equals(r[0]) ? 0 : 4) + ("*".equals(r[1]) ? 0 : 2)
              + ("*".equals(r[2]) ? 0 : 1);
          if (score > bestScore) {
            best = r;
            bestScore = score;
          }
        }
      }
      return best == null ? null : Integer.valueOf(best[3]);
    }

    private static boolean matches(String pattern, String value) {
      return "*".equals(pattern) || pattern.equals(value);
    }
  }

  private static String name(String first, String last, String userId) {
    if (userId == null) {
      return null;
    }
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return name.isEmpty() ? userId : name;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static double days(Instant from, Instant to) {
    if (from == null) {
      return 0;
    }
    return Math.round(Duration.between(from, to).toMinutes() / 144.0) / 10.0;
  }

  private static double hours(double millis) {
    return Math.round(millis / 360_000.0) / 10.0;
  }
}
