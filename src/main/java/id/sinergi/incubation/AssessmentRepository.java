package id.sinergi.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  Optional<Assessment> findByCandidateIdAndStage(Long candidateId, Assessment.Stage stage);

  List<Assessment> findByCandidateIdIn(Collection<Long> candidateIds);
}
