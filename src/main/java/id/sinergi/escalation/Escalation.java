package id.sinergi.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level of escalation of one waiting step: who was told, when, and when it was resolved. */
@Entity
@Table(name = "esc_escalation")
public class Escalation {

  public enum StepKind { USER_TASK, MESSAGE_WAIT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String stepKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StepKind stepKind;

  @Column(nullable = false)
  private int level;

  private String taskId;
  private String executionId;

  @Column(nullable = false)
  private String activityId;

  private String stepName;

  @Column(nullable = false)
  private String processInstanceId;

  @Column(nullable = false)
  private String processKey;

  private String businessKey;
  private String pemdaCode;

  @Column(nullable = false)
  private Instant stepStartedAt;

  @Column(nullable = false)
  private Instant dueAt;

  @Column(nullable = false)
  private Instant escalatedAt;

  private String targetGroups;
  private String targetUsers;
  private String holder;
  private String ladderInstanceId;
  private Instant resolvedAt;
  private String unansweredOpds;
  private String followUpNote;
  private String followedUpBy;
  private Instant followedUpAt;

  protected Escalation() {}

  public Escalation(StalledStep step, int level, Instant escalatedAt, String ladderInstanceId) {
    this.stepKey = step.stepKey();
    this.stepKind = step.kind();
    this.level = level;
    this.taskId = step.taskId();
    this.executionId = step.executionId();
    this.activityId = step.activityId();
    this.stepName = step.name();
    this.processInstanceId = step.processInstanceId();
    this.processKey = step.processKey();
    this.businessKey = step.businessKey();
    this.pemdaCode = step.pemdaCode();
    this.stepStartedAt = step.startedAt();
    this.dueAt = step.dueAt();
    this.escalatedAt = escalatedAt;
    this.ladderInstanceId = ladderInstanceId;
  }

  void addressTo(String groups, String users, String holder) {
    this.targetGroups = truncate(groups, 1000);
    this.targetUsers = truncate(users, 2000);
    this.holder = truncate(holder, 500);
  }

  /** Escalated again after its due date had been moved: open once more, at the new time. */
  void reopen(Instant at) {
    if (resolvedAt != null) {
      resolvedAt = null;
      escalatedAt = at;
    }
  }

  void noteUnansweredOpds(String opds) {
    this.unansweredOpds = truncate(opds, 1000);
  }

  void followedUp(String userId, String note, Instant at) {
    this.followedUpBy = userId;
    this.followUpNote = truncate(note, 2000);
    this.followedUpAt = at;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() { return id; }
  public String getStepKey() { return stepKey; }
  public StepKind getStepKind() { return stepKind; }
  public int getLevel() { return level; }
  public String getTaskId() { return taskId; }
  public String getExecutionId() { return executionId; }
  public String getActivityId() { return activityId; }
  public String getStepName() { return stepName; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getProcessKey() { return processKey; }
  public String getBusinessKey() { return businessKey; }
  public String getPemdaCode() { return pemdaCode; }
  public Instant getStepStartedAt() { return stepStartedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public String getTargetGroups() { return targetGroups; }
  public String getTargetUsers() { return targetUsers; }
  public String getHolder() { return holder; }
  public String getLadderInstanceId() { return ladderInstanceId; }
  public Instant getResolvedAt() { return resolvedAt; }
  public String getUnansweredOpds() { return unansweredOpds; }
  public String getFollowUpNote() { return followUpNote; }
  public String getFollowedUpBy() { return followedUpBy; }
  public Instant getFollowedUpAt() { return followedUpAt; }
}
