package id.sinergi.datarequest;

import id.sinergi.kernel.cases.CaseVariable;

/** Names of the cross-OPD data request process, its variables and its BPMN elements. */
public final class DataRequestVariables {

  public static final String PROCESS_ID = "cross-opd-data-request";

  /**
   * Start values (checked by {@link DataRequestCases} before the instance exists): the Pemda a
   * request started directly is for, and the coordinating group.
   */
  public static final String PEMDA_CODE = "pemdaCode";
  public static final String REQUESTER_GROUP = "requesterGroup";
  /** Inputs from the caller: what the request is for, and which kinds of data it asks. */
  public static final CaseVariable<String> CALLER_REFERENCE = CaseVariable.text("callerReference");
  public static final String DATA_KINDS = "dataKinds";

  /** Output: the consolidated package, readable at GET /api/data-packages/{id}. */
  public static final CaseVariable<Long> DATA_PACKAGE_ID = CaseVariable.id("dataPackageId");

  /** The data request record, for people reading the instance in Cockpit. */
  public static final CaseVariable<Long> CASE_ID = CaseVariable.id("dataRequestCaseId");
  /** Element variable of the per-OPD multi-instance subprocess. */
  public static final CaseVariable<Long> REQUEST_ID = CaseVariable.id("dataRequestId");
  /** Routing flag set by the coordinator's review: REFRESH, REMIND, EXTEND or CLOSE. */
  public static final CaseVariable<String> COORDINATOR_ACTION =
      CaseVariable.text("coordinatorAction");
  /** Input parameter of the notify delegate: REQUEST (default) or REMINDER. */
  public static final CaseVariable<String> NOTIFICATION_KIND = CaseVariable.text("notificationKind");

  public static final String TASK_PLAN = "Task_PlanDataRequest";
  public static final String TASK_SEND_DATA = "Task_SendData";
  public static final String TASK_REVIEW = "Task_ReviewAnswers";

  public static final String FORM_PLAN = "datarequest-plan";
  public static final String FORM_ANSWER = "datarequest-answer";
  public static final String FORM_REVIEW = "datarequest-review";

  private DataRequestVariables() {}
}
