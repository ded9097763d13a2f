package id.sinergi.datarequest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataItemRepository extends JpaRepository<DataItem, Long> {
  List<DataItem> findByRequestIdOrderById(Long requestId);
  long countByRequestId(Long requestId);
  void deleteByRequestId(Long requestId);
}
