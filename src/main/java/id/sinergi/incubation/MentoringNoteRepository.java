package id.sinergi.incubation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentoringNoteRepository extends JpaRepository<MentoringNote, Long> {

  List<MentoringNote> findByCandidateIdOrderByMonthNumber(Long candidateId);

  long countByCandidateId(Long candidateId);
}
