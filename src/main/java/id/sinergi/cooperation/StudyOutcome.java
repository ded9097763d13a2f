package id.sinergi.cooperation;

/** The three outcomes of PIP's study. */
public enum StudyOutcome {
  FEASIBLE, MORE_DATA, NOT_FEASIBLE
}
