package id.sinergi.datarequest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {
  boolean existsByRequestIdAndKindAndRoundNo(Long requestId, Notification.Kind kind, int roundNo);
  List<Notification> findByRequestIdOrderById(Long requestId);
}
