package id.sinergi.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

  List<Candidate> findByCohortIdOrderById(Long cohortId);

  List<Candidate> findByCohortIdAndStatusOrderById(Long cohortId, CandidateStatus status);

  List<Candidate> findByCohortIdAndStatusInOrderBySelectionRank(Long cohortId,
      Collection<CandidateStatus> statuses);

  Optional<Candidate> findByActiveNik(String nik);

  Optional<Candidate> findByActiveNib(String nib);
}
