package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseVariable;

/**
 * The pip-pemda-cooperation process's variables: its one reference and the routing flags its
 * gateways read. The Pemda and the Penyalur are the case file's, never variables.
 */
public final class CooperationVariables {

  public static final String PROCESS_KEY = "pip-pemda-cooperation";

  /** The cooperation record, for people reading the instance in Cockpit. */
  public static final CaseVariable<Long> COOPERATION_ID = CaseVariable.id("cooperationId");

  public static final CaseVariable<Boolean> OFFERED_BY_PIP = CaseVariable.flag("offeredByPip");
  public static final CaseVariable<Boolean> OFFER_ACCEPTED = CaseVariable.flag("offerAccepted");
  public static final CaseVariable<Boolean> INTERNAL_APPROVED =
      CaseVariable.flag("internalApproved");
  /** One of {@link StudyOutcome}'s names. */
  public static final CaseVariable<String> STUDY_OUTCOME = CaseVariable.text("studyOutcome");
  public static final CaseVariable<Boolean> SCHEME_AGREED = CaseVariable.flag("schemeAgreed");
  public static final CaseVariable<Boolean> EXTEND = CaseVariable.flag("extend");

  /** Local to the distribution sub-process: the month the next report covers (yyyy-MM). */
  public static final CaseVariable<String> REPORT_MONTH = CaseVariable.text("reportMonth");
  /** Local to the distribution sub-process: the number of the quarter being evaluated. */
  public static final CaseVariable<Integer> EVALUATION_QUARTER =
      CaseVariable.number("evaluationQuarter");

  private CooperationVariables() {}
}
