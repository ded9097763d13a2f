package id.sinergi.cooperation;

/** The two documents the parties sign. */
public enum SignedDocument {
  AGREEMENT, PKS
}
