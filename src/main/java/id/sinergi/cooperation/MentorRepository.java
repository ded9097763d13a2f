package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorRepository extends JpaRepository<Mentor, Long> {

  List<Mentor> findByCooperationIdOrderById(long cooperationId);

  void deleteByCooperationId(long cooperationId);
}
