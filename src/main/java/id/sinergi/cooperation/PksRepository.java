package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PksRepository extends JpaRepository<Pks, Long> {

  List<Pks> findByCooperationIdOrderById(long cooperationId);

  Optional<Pks> findByCooperationId(long cooperationId);
}
