package id.sinergi.monitoring.query;

/**
 * What the monitoring plugin answers. Times are ISO-8601 instants (UTC), ages and overdue times
 * in days (one decimal), durations in hours, service levels in working days.
 */
public final class MonitoringViews {

  private MonitoringViews() {}

  /** A waiting activity of a process definition now. */
  public record ActivityLoad(String activityId, String stepName, long open, long overdue,
      String oldestStartedAt, double oldestAgeDays, double maxOverdueDays, int maxLevel,
      Integer slaWorkingDays) {}

  /** One step instance waiting at an activity: whose, since when, how late. */
  public record WaitingStep(String processInstanceId, String businessKey, String pemdaCode,
      String pemdaName, String processKey, String activityId, String stepName, String kind,
      String holderGroup, String holderGroupName, String holderPerson, String startedAt,
      double ageDays, String dueAt, double overdueDays, int level, String lastEscalatedAt) {}

  /** Time a step took (finished in the period), optionally of one Pemda, beside its SLA. */
  public record StepDuration(String processKey, String activityId, String stepName,
      String pemdaCode, String pemdaName, long count, double medianHours, double p90Hours,
      Integer slaWorkingDays) {}

  /** Open and overdue work of one Pemda now. */
  public record PemdaLoad(String pemdaCode, String pemdaName, long open, long overdue) {}

  /** The Pemda of a process instance (for instance lists). */
  public record InstancePemda(String processInstanceId, String businessKey, String pemdaCode,
      String pemdaName) {}

  /** A choice for a filter (a Pemda, a process). */
  public record Choice(String code, String name) {}
}
