package id.sinergi.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentNotificationRepository extends JpaRepository<SentNotification, Long> {

  boolean existsByNotificationKey(String notificationKey);

  List<SentNotification> findByEscalationId(Long escalationId);

  @org.springframework.transaction.annotation.Transactional
  long deleteByNotificationKey(String notificationKey);
}
