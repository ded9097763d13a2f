package id.sinergi.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

  List<Cohort> findAllByOrderByIdDesc();

  List<Cohort> findByIncubatorCodeInOrPemdaCodeInOrderByIdDesc(Collection<String> incubators,
      Collection<String> pemdaCodes);

  Optional<Cohort> findFirstByName(String name);
}
