package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRepository extends JpaRepository<Training, Long> {

  List<Training> findByCooperationIdOrderById(long cooperationId);

  void deleteByCooperationId(long cooperationId);
}
