package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramItemRepository extends JpaRepository<ProgramItem, Long> {

  List<ProgramItem> findByCooperationIdOrderById(long cooperationId);

  void deleteByCooperationId(long cooperationId);
}
