package id.sinergi.incubation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

  List<ClassSession> findByCohortIdOrderByNumber(Long cohortId);

  Optional<ClassSession> findByCohortIdAndNumber(Long cohortId, int number);

  long countByCohortId(Long cohortId);
}
