package id.sinergi.escalation;

/** Names used by the stalled-step-escalation process (variables, message, error, keys). */
public final class LadderVariables {

  public static final String PROCESS_KEY = "stalled-step-escalation";
  public static final String MESSAGE_STEP_ENDED = "StalledStepEnded";
  public static final String ERROR_STEP_NO_LONGER_WAITING = "STEP_NO_LONGER_WAITING";
  public static final String ERROR_STEP_RESCHEDULED = "STEP_RESCHEDULED";

  /** Input parameter of the escalation and notification tasks: 1, 2 or 3. */
  public static final String ESCALATION_LEVEL = "escalationLevel";
  /** Input parameter when the delegate is used in another process: the watched user task id. */
  public static final String WATCHED_ACTIVITY_ID = "watchedActivityId";

  /** The waiting step as JSON (one variable instead of a dozen: cheaper to write and load). */
  public static final String STEP = "stalledStep";
  /** Kept apart from {@link #STEP} because the follow-up task's name expression uses it. */
  public static final String STEP_NAME = "stalledStepName";
  /** Same name as in the business processes, so Pemda scoping and task naming apply here too. */
  public static final String PEMDA_CODE = "pemdaCode";
  /** The timer dates, fixed when the step started. */
  public static final String LEVEL1_AT = "level1At";
  public static final String LEVEL2_AT = "level2At";
  public static final String LEVEL3_AT = "level3At";
  public static final String FOLLOW_UP_STEP_NAME = "followUpStepName";
  public static final String FOLLOW_UP_PROCESS = "followUpProcess";
  public static final String FOLLOW_UP_HOLDER = "followUpHolder";
  public static final String FOLLOW_UP_AGE_DAYS = "followUpAgeDays";
  public static final String FOLLOW_UP_STARTED_AT = "followUpStartedAt";
  public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
  public static final String FOLLOW_UP_UNANSWERED_OPDS = "followUpUnansweredOpds";

  public static final String FOLLOW_UP_FORM = "stalled-step-follow-up";

  private LadderVariables() {}
}
