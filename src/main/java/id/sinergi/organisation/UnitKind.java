package id.sinergi.organisation;

import id.sinergi.kernel.Published;

/** What kind of organisation a unit is; decides where its escalation ladder ends. */
@Published
public enum UnitKind {
  PEMDA,
  SETDA,
  BAGIAN,
  DINAS,
  BADAN,
  AGENCY,
  AGENCY_UNIT,
  PENYALUR,
  INCUBATOR;

  /**
   * Whether the unit's staff read every case of the unit's Pemda. A Pemda's own secretariat,
   * offices and agencies do; incubators and Penyalur serve every Pemda and read only the cases
   * they take part in.
   */
  public boolean readsItsPemda() {
    return this != INCUBATOR && this != PENYALUR;
  }
}
