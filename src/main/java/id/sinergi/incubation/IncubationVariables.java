package id.sinergi.incubation;

/** Names of the variables, messages and decisions of the incubation processes, in one place. */
public final class IncubationVariables {

  public static final String COHORT_PROCESS = "incubation-cohort";
  public static final String PARTICIPANT_PROCESS = "incubation-participant";
  public static final String TRAINING_FIT_DECISION = "incubation-training-fit";
  public static final String GRADUATION_DECISION = "incubation-graduation";

  public static final String COHORT_ID = "cohortId";
  public static final String CANDIDATE_ID = "candidateId";
  /** The region of a cohort, the participant's own Pemda in a participant instance. */
  public static final String PEMDA_CODE = "pemdaCode";
  /** Staff group of the incubator running the cohort (trainers, verifiers, assessors). */
  public static final String INCUBATOR_GROUP = "incubatorGroup";
  /** Staff group of the technical Dinas that receives a graduate as 'binaan'. */
  public static final String DINAS_GROUP = "dinasGroup";
  /** Unit code (and staff group) of the Penyalur a referral goes to. */
  public static final String PENYALUR_CODE = "penyalurCode";
  /** Multi-instance counter of the weekly class sessions (0-based). */
  public static final String LOOP_COUNTER = "loopCounter";

  public static final String RECRUITMENT_CLOSED = "recruitmentClosed";
  public static final String GRADUATED = "graduated";
  public static final String NEEDS_FINANCING = "needsFinancing";
  /** PENYALUR when the referral reached a cooperation's Penyalur, DEMAND when only recorded. */
  public static final String REFERRAL_TARGET = "referralTarget";
  public static final String REFERRAL_TO_PENYALUR = "PENYALUR";
  public static final String REFERRAL_AS_DEMAND = "DEMAND";

  public static final String MESSAGE_CLASSES_ENDED = "IncubationClassesEnded";
  public static final String MESSAGE_WITHDRAWN = "IncubationParticipantWithdrawn";

  private IncubationVariables() {}
}
