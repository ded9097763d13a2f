package id.sinergi.cooperation;

/** Quarterly monitoring or the final evaluation at the end of a PKS period. */
public enum EvaluationKind {
  QUARTERLY, FINAL
}
