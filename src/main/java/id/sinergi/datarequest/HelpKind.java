package id.sinergi.datarequest;

import id.sinergi.kernel.Published;

/** Kinds of help a business receives; the same kind from two OPDs is a duplicated programme. */
@Published
public enum HelpKind {
  HIBAH("hibah barang/alat"),
  SUBSIDI_BUNGA("subsidi bunga"),
  PEMBIAYAAN("pembiayaan"),
  PELATIHAN("pelatihan"),
  PENDAMPINGAN("pendampingan"),
  INKUBASI("inkubasi"),
  /** Listed without any help: never a duplicate. */
  TIDAK_ADA("belum menerima bantuan");

  private final String label;

  HelpKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
