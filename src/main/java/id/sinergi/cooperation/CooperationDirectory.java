package id.sinergi.cooperation;

import java.util.Optional;

/**
 * What other capabilities (incubation's financing referral, escalation) may ask about the
 * PIP–Pemda cooperations without knowing their tables.
 */
public interface CooperationDirectory {

  /** The Pemda's cooperation that is in distribution (steps 6–7), if any. */
  Optional<CooperationRef> inDistribution(String pemdaCode);

  /**
   * @param penyalurCode the unit code of the chosen Penyalur, e.g. {@code penyalur-pnm}
   */
  record CooperationRef(long cooperationId, String number, String pemdaCode,
      String penyalurCode, String processInstanceId) {}
}
