package id.sinergi.incubation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cohort's financing referrals as its incubator (and whoever reads the cohort) sees them:
 * where each went and how it ended, with the reason — a SIKP finding included.
 */
@RestController
@RequestMapping("/api/incubation")
class ReferralController {

  record ReferralView(long candidateId, String businessName, String status, String statusText,
      String penyalurCode, String reason, String decidedBy, OffsetDateTime decidedAt) {}

  private final IncubationAccess access;
  private final CandidateRepository candidates;
  private final ReferralRepository referrals;

  ReferralController(IncubationAccess access, CandidateRepository candidates,
      ReferralRepository referrals) {
    this.access = access;
    this.candidates = candidates;
    this.referrals = referrals;
  }

  @GetMapping("/cohorts/{id}/referrals")
  List<ReferralView> referrals(@PathVariable long id) {
    Cohort cohort = access.visible(id);
    Map<Long, Candidate> byId = candidates.findByCohortIdOrderById(cohort.getId()).stream()
        .collect(Collectors.toMap(Candidate::getId, Function.identity()));
    if (byId.isEmpty()) {
      return List.of();
    }
    return referrals.findByCandidateIdIn(byId.keySet()).stream().map(r -> new ReferralView(
        r.getCandidateId(), byId.get(r.getCandidateId()).getBusinessName(), r.getStatus().name(),
        text(r.getStatus()), r.getPenyalurCode(), r.getDecisionNotes(), r.getDecidedBy(),
        r.getDecidedAt())).toList();
  }

  static String text(Referral.Status status) {
    return switch (status) {
      case SENT_TO_PENYALUR -> "Dikirim ke Penyalur, menunggu tindak lanjut";
      case DEMAND_RECORDED -> "Dicatat sebagai permintaan (Pemda belum punya kerja sama yang menyalurkan)";
      case PROCESSED -> "Diproses Penyalur";
      case DECLINED -> "Ditolak Penyalur";
      case STOPPED_BY_SIKP -> "Dihentikan: ada kredit program lain di SIKP";
    };
  }
}
