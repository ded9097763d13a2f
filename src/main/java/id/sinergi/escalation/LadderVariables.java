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

  /**
   * The ladder's only variable from its start: the key of the watched step (task id or activity
   * instance id), whose facts and level dates are in {@link WatchedSteps} (esc_watched_step).
   */
  public static final String WATCHED_STEP_ID = "watchedStepId";
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
