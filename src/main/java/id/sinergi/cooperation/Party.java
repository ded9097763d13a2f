package id.sinergi.cooperation;

/** A signing party. */
public enum Party {
  PEMDA, PIP, PENYALUR
}
