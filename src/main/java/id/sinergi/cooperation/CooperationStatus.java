package id.sinergi.cooperation;

/** Where a cooperation stands; the exact step comes from the process instance. */
public enum CooperationStatus {
  /** PIP offered, the Pemda has not answered. */
  OFFERED,
  /** Steps 1–5: data, internal agreement, request, study, scheme, agreement, PKS. */
  PREPARATION,
  /** Steps 6–7: the PKS period runs, the Penyalur reports, PIP evaluates. */
  DISTRIBUTION,
  CLOSED,
  NOT_FEASIBLE,
  DECLINED;

  public boolean isOpen() {
    return this == OFFERED || this == PREPARATION || this == DISTRIBUTION;
  }
}
