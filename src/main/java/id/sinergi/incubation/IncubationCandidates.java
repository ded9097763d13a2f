package id.sinergi.incubation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collections the cohort's multi-instance activities loop over (bean
 * {@code incubationCandidates}), read from the tables so no list is kept as a process variable.
 */
@Component
@Transactional(readOnly = true)
public class IncubationCandidates {

  private final CandidateRepository candidates;

  public IncubationCandidates(CandidateRepository candidates) {
    this.candidates = candidates;
  }

  /** Registered and not yet verified: this round's field verification. */
  public List<Long> toVerify(Long cohortId) {
    return candidates.findByCohortIdAndStatusOrderById(cohortId, CandidateStatus.REGISTERED)
        .stream().map(Candidate::getId).toList();
  }

  /** The selected participants, in rank order: one participant instance each. */
  public List<Long> selected(Long cohortId) {
    return candidates.findByCohortIdAndStatusInOrderBySelectionRank(cohortId,
        List.of(CandidateStatus.SELECTED)).stream().map(Candidate::getId).toList();
  }
}
