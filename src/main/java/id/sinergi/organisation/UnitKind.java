package id.sinergi.organisation;

/** What kind of organisation a unit is; decides where its escalation ladder ends. */
public enum UnitKind {
  PEMDA,
  SETDA,
  BAGIAN,
  DINAS,
  BADAN,
  AGENCY,
  AGENCY_UNIT,
  PENYALUR,
  INCUBATOR
}
