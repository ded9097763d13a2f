package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.sinergi.cooperation.CooperationDirectory;
import id.sinergi.cooperation.CooperationDirectory.CooperationRef;
import id.sinergi.incubation.BusinessProfile.Need;
import id.sinergi.incubation.BusinessProfile.Scale;
import id.sinergi.incubation.BusinessProfile.Sector;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Both branches of the financing referral: to the Penyalur of a cooperation in distribution, or
 * recorded as demand when the Pemda has none (or no cooperation directory is deployed yet).
 */
class FinancingReferralTest {

  @SuppressWarnings("unchecked")
  ObjectProvider<CooperationDirectory> provider = mock(ObjectProvider.class);
  CooperationDirectory directory = mock(CooperationDirectory.class);
  ReferralRepository referrals = mock(ReferralRepository.class);
  FinancingReferral referral = new FinancingReferral(provider, referrals);
  Candidate graduate;

  @BeforeEach
  void setUp() {
    graduate = new Candidate(7L, "Madu Trigona Sembalun", "Inaq Rum", "5203014503900001", null,
        "52.08", null, Sector.AGRO, Scale.ULTRA_MIKRO, Need.PEMBIAYAAN, Candidate.Source.MANUAL,
        "stipark.staf", OffsetDateTime.now());
    ReflectionTestUtils.setField(graduate, "id", 42L);
    when(referrals.findByCandidateId(42L)).thenReturn(Optional.empty());
    when(referrals.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
  }

  @Test
  void goesToThePenyalurOfTheCooperationInDistribution() {
    when(provider.getIfAvailable()).thenReturn(directory);
    when(directory.inDistribution("52.08")).thenReturn(Optional.of(
        new CooperationRef(3L, "PKS/PIP/2026/03", "52.08", "penyalur-pnm", "pi-1")));
    Referral made = referral.refer(graduate);
    assertThat(made.getStatus()).isEqualTo(Referral.Status.SENT_TO_PENYALUR);
    assertThat(made.getPenyalurCode()).isEqualTo("penyalur-pnm");
    assertThat(made.getCooperationId()).isEqualTo(3L);
    assertThat(made.getPemdaCode()).isEqualTo("52.08");
  }

  @Test
  void isRecordedAsDemandWhenThePemdaHasNoCooperationInDistribution() {
    when(provider.getIfAvailable()).thenReturn(directory);
    when(directory.inDistribution("52.08")).thenReturn(Optional.empty());
    Referral made = referral.refer(graduate);
    assertThat(made.getStatus()).isEqualTo(Referral.Status.DEMAND_RECORDED);
    assertThat(made.getPenyalurCode()).isNull();
  }

  @Test
  void isRecordedAsDemandWhileNoCooperationDirectoryExists() {
    when(provider.getIfAvailable()).thenReturn(null);
    Referral made = referral.refer(graduate);
    assertThat(made.getStatus()).isEqualTo(Referral.Status.DEMAND_RECORDED);
    assertThat(made.getCooperationId()).isNull();
  }

  @Test
  void aRetriedJobFindsTheReferralItMade() {
    Referral earlier = new Referral(42L, "52.08", 3L, "penyalur-pnm",
        Referral.Status.SENT_TO_PENYALUR, OffsetDateTime.now());
    when(referrals.findByCandidateId(42L)).thenReturn(Optional.of(earlier));
    assertThat(referral.refer(graduate)).isSameAs(earlier);
    verify(referrals, never()).save(any());
    verify(provider, never()).getIfAvailable();
  }
}
