package id.sinergi.incubation;

public enum CohortStatus {
  RECRUITING,
  SELECTING,
  RUNNING,
  CLOSED
}
