package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternalDecisionRepository extends JpaRepository<InternalDecision, Long> {

  List<InternalDecision> findByCooperationIdOrderById(long cooperationId);

  Optional<InternalDecision> findFirstByCooperationIdOrderByIdDesc(long cooperationId);
}
