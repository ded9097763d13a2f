package id.sinergi.cooperation;

/** Names of the pip-pemda-cooperation process variables: keys and routing flags only. */
public final class CooperationVariables {

  public static final String PROCESS_KEY = "pip-pemda-cooperation";

  public static final String COOPERATION_ID = "cooperationId";
  /** Region code of the Pemda; the generic layers (task names, documents) read it too. */
  public static final String PEMDA_CODE = "pemdaCode";
  /** Unit code of the chosen Penyalur (e.g. penyalur-pnm), its tasks' candidate group. */
  public static final String PENYALUR_CODE = "penyalurCode";
  public static final String STARTER = "starterUserId";

  public static final String OFFERED_BY_PIP = "offeredByPip";
  public static final String OFFER_ACCEPTED = "offerAccepted";
  public static final String INTERNAL_APPROVED = "internalApproved";
  /** One of {@link StudyOutcome}'s names. */
  public static final String STUDY_OUTCOME = "studyOutcome";
  public static final String SCHEME_AGREED = "schemeAgreed";
  public static final String EXTEND = "extend";

  /** Local to the distribution sub-process: the month the next report covers (yyyy-MM). */
  public static final String REPORT_MONTH = "reportMonth";
  /** Local to the distribution sub-process: the number of the quarter being evaluated. */
  public static final String EVALUATION_QUARTER = "evaluationQuarter";

  private CooperationVariables() {}
}
