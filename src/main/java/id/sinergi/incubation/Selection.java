package id.sinergi.incubation;

import id.sinergi.kernel.error.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incubator's ranked choice of participants among the verified candidates. The cohort's
 * capacity can never be exceeded; the verified candidates left out are free for other cohorts.
 */
@Service
public class Selection {

  private final CandidateRepository candidates;

  public Selection(CandidateRepository candidates) {
    this.candidates = candidates;
  }

  /** @param ranked candidate ids, best first */
  @Transactional
  public List<Candidate> select(Cohort cohort, List<Long> ranked, String field) {
    Set<Long> unique = new LinkedHashSet<>(ranked);
    if (unique.size() != ranked.size()) {
      throw new InvalidInputException(field, "Seorang calon dipilih lebih dari sekali.");
    }
    if (unique.isEmpty()) {
      throw new InvalidInputException(field, "Pilih minimal satu peserta.");
    }
    if (unique.size() > cohort.getCapacity()) {
      throw new InvalidInputException(field, "Kapasitas angkatan " + cohort.getCapacity()
          + " peserta; Anda memilih " + unique.size() + ". Kurangi "
          + (unique.size() - cohort.getCapacity()) + " peserta.");
    }
    Map<Long, Candidate> verified = candidates
        .findByCohortIdAndStatusOrderById(cohort.getId(), CandidateStatus.VERIFIED).stream()
        .collect(Collectors.toMap(Candidate::getId, Function.identity()));
    List<Long> unknown = unique.stream().filter(id -> !verified.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(field, "Calon " + unknown
          + " bukan calon terverifikasi angkatan ini; hanya calon yang lolos verifikasi lapangan"
          + " yang dapat dipilih.");
    }
    int rank = 1;
    for (Long id : unique) {
      verified.remove(id).select(rank++);
    }
    verified.values().forEach(Candidate::setNotSelected);
    cohort.setStatus(CohortStatus.RUNNING);
    return candidates.findByCohortIdAndStatusInOrderBySelectionRank(cohort.getId(),
        List.of(CandidateStatus.SELECTED));
  }
}
