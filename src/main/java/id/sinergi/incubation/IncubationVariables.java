package id.sinergi.incubation;

import id.sinergi.kernel.cases.CaseVariable;

/** Names of the variables, messages and decisions of the incubation processes, in one place. */
public final class IncubationVariables {

  public static final String COHORT_PROCESS = "incubation-cohort";
  public static final String PARTICIPANT_PROCESS = "incubation-participant";
  public static final String TRAINING_FIT_DECISION = "incubation-training-fit";
  public static final String GRADUATION_DECISION = "incubation-graduation";

  /** The cohort record, for people reading the instance in Cockpit. */
  public static final CaseVariable<Long> COHORT_ID = CaseVariable.id("cohortId");
  /**
   * Element variable of a cohort's per-candidate steps, and the participant's start value
   * (checked against the cohort by its case policy).
   */
  public static final CaseVariable<Long> CANDIDATE_ID = CaseVariable.id("candidateId");
  /** Multi-instance counter of the weekly class sessions (0-based). */
  public static final CaseVariable<Integer> LOOP_COUNTER = CaseVariable.number("loopCounter");

  public static final CaseVariable<Boolean> RECRUITMENT_CLOSED =
      CaseVariable.flag("recruitmentClosed");
  public static final CaseVariable<Boolean> GRADUATED = CaseVariable.flag("graduated");
  public static final CaseVariable<Boolean> NEEDS_FINANCING = CaseVariable.flag("needsFinancing");
  /** PENYALUR when the referral reached a cooperation's Penyalur, DEMAND when only recorded. */
  public static final CaseVariable<String> REFERRAL_TARGET = CaseVariable.text("referralTarget");
  public static final String REFERRAL_TO_PENYALUR = "PENYALUR";
  public static final String REFERRAL_AS_DEMAND = "DEMAND";
  /** The Penyalur's SIKP check found no other programme credit: the referral goes on. */
  public static final CaseVariable<Boolean> SIKP_CLEAR = CaseVariable.flag("sikpClear");

  public static final String MESSAGE_CLASSES_ENDED = "IncubationClassesEnded";
  public static final String MESSAGE_WITHDRAWN = "IncubationParticipantWithdrawn";

  private IncubationVariables() {}
}
