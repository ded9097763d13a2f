package id.sinergi.cooperation;

import id.sinergi.kernel.Published;
import java.util.List;
import java.util.Optional;

/**
 * What other capabilities (incubation's financing referral, escalation) may ask about the
 * PIP–Pemda cooperations without knowing their tables.
 */
@Published
public interface CooperationDirectory {

  /** Every cooperation of the Pemda, open or ended, newest first. */
  List<CooperationRef> ofPemda(String pemdaCode);

  /** The Pemda's cooperation that is in distribution (steps 6–7), if any. */
  Optional<CooperationRef> inDistribution(String pemdaCode);

  /**
   * @param penyalurCode the unit code of the chosen Penyalur, e.g. {@code penyalur-pnm}
   */
  record CooperationRef(long cooperationId, String number, String pemdaCode,
      String penyalurCode, String processInstanceId) {}
}
