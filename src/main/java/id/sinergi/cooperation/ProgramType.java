package id.sinergi.cooperation;

/** A support programme's kind (step 1 of the article). */
public enum ProgramType {
  GOODS_GRANT, INTEREST_SUBSIDY, FINANCING
}
