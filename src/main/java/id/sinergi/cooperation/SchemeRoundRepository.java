package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchemeRoundRepository extends JpaRepository<SchemeRound, Long> {

  List<SchemeRound> findByCooperationIdOrderById(long cooperationId);

  Optional<SchemeRound> findFirstByCooperationIdOrderByRoundDesc(long cooperationId);
}
