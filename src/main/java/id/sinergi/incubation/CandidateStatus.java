package id.sinergi.incubation;

import java.util.Set;

public enum CandidateStatus {
  REGISTERED,
  VERIFIED,
  NOT_ELIGIBLE,
  SELECTED,
  NOT_SELECTED,
  WITHDRAWN,
  GRADUATED,
  NOT_GRADUATED;

  /** Statuses of a business that takes part in the programme (selected onwards). */
  public static final Set<CandidateStatus> PARTICIPANTS =
      Set.of(SELECTED, WITHDRAWN, GRADUATED, NOT_GRADUATED);

  public boolean isParticipant() {
    return PARTICIPANTS.contains(this);
  }
}
