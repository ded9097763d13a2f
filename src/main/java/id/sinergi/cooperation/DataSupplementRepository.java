package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataSupplementRepository extends JpaRepository<DataSupplement, Long> {

  List<DataSupplement> findByCooperationIdOrderById(long cooperationId);
}
