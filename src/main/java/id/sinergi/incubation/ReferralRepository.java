package id.sinergi.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

  Optional<Referral> findByCandidateId(Long candidateId);

  List<Referral> findByCandidateIdIn(Collection<Long> candidateIds);
}
