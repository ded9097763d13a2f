package id.sinergi.incubation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortModuleRepository extends JpaRepository<CohortModule, Long> {

  List<CohortModule> findByCohortIdOrderByPosition(Long cohortId);
}
