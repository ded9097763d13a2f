package id.sinergi.datarequest;

/** Names of the cross-OPD data request process, its variables and its BPMN elements. */
public final class DataRequestVariables {

  public static final String PROCESS_ID = "cross-opd-data-request";

  /** Inputs (keys only), set by the calling process through its call activity. */
  public static final String PEMDA_CODE = "pemdaCode";
  public static final String REQUESTER_GROUP = "requesterGroup";
  public static final String CALLER_REFERENCE = "callerReference";
  public static final String DATA_KINDS = "dataKinds";

  /** Output: the consolidated package, readable at GET /api/data-packages/{id}. */
  public static final String DATA_PACKAGE_ID = "dataPackageId";

  public static final String CASE_ID = "dataRequestCaseId";
  /** Element variable of the per-OPD multi-instance subprocess. */
  public static final String REQUEST_ID = "dataRequestId";
  /** Routing flag set by the coordinator's review: REFRESH, REMIND, EXTEND or CLOSE. */
  public static final String COORDINATOR_ACTION = "coordinatorAction";
  /** Input parameter of the notify delegate: REQUEST (default) or REMINDER. */
  public static final String NOTIFICATION_KIND = "notificationKind";

  public static final String TASK_PLAN = "Task_PlanDataRequest";
  public static final String TASK_SEND_DATA = "Task_SendData";
  public static final String TASK_REVIEW = "Task_ReviewAnswers";

  public static final String FORM_PLAN = "datarequest-plan";
  public static final String FORM_ANSWER = "datarequest-answer";
  public static final String FORM_REVIEW = "datarequest-review";

  private DataRequestVariables() {}
}
