package id.sinergi.incubation;

import id.sinergi.cooperation.CooperationDirectory;
import id.sinergi.cooperation.CooperationDirectory.CooperationRef;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers a graduate that needs financing: to the Penyalur of its Pemda's cooperation in
 * distribution when there is one, otherwise recorded as demand for a cooperation with that
 * Pemda. Without a {@link CooperationDirectory} bean no Pemda has a cooperation.
 */
@Service
public class FinancingReferral {

  private final ObjectProvider<CooperationDirectory> directory;
  private final ReferralRepository referrals;

  public FinancingReferral(ObjectProvider<CooperationDirectory> directory,
      ReferralRepository referrals) {
    this.directory = directory;
    this.referrals = referrals;
  }

  /** Idempotent: a retried job finds the referral it made before. */
  @Transactional
  public Referral refer(Candidate candidate) {
    return referrals.findByCandidateId(candidate.getId()).orElseGet(() -> {
      Optional<CooperationRef> cooperation = cooperationOf(candidate.getPemdaCode());
      Referral referral = cooperation
          .map(c -> new Referral(candidate.getId(), candidate.getPemdaCode(), c.cooperationId(),
              c.penyalurCode(), Referral.Status.SENT_TO_PENYALUR, IncubationClock.now()))
          .orElseGet(() -> new Referral(candidate.getId(), candidate.getPemdaCode(), null, null,
              Referral.Status.DEMAND_RECORDED, IncubationClock.now()));
      return referrals.save(referral);
    });
  }

  private Optional<CooperationRef> cooperationOf(String pemdaCode) {
    CooperationDirectory found = directory.getIfAvailable();
    return found == null ? Optional.empty() : found.inDistribution(pemdaCode)
        .filter(c -> c.penyalurCode() != null);
  }
}
