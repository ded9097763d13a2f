package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PksPeriodRepository extends JpaRepository<PksPeriod, Long> {

  List<PksPeriod> findByCooperationIdOrderById(long cooperationId);

  Optional<PksPeriod> findFirstByCooperationIdOrderBySeqDesc(long cooperationId);
}
