package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudyRepository extends JpaRepository<Study, Long> {

  List<Study> findByCooperationIdOrderById(long cooperationId);

  Optional<Study> findFirstByCooperationIdOrderByIdDesc(long cooperationId);
}
