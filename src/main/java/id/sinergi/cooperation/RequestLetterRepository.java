package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestLetterRepository extends JpaRepository<RequestLetter, Long> {

  List<RequestLetter> findByCooperationIdOrderById(long cooperationId);
}
