package id.sinergi.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentNotificationRepository extends JpaRepository<SentNotification, Long> {

  boolean existsByNotificationKey(String notificationKey);

  List<SentNotification> findByEscalationId(Long escalationId);

  /** Which of these notification keys were sent before. */
  @org.springframework.data.jpa.repository.Query(
      "select n.notificationKey from SentNotification n where n.notificationKey in :keys")
  List<String> findSentKeys(@org.springframework.data.repository.query.Param("keys")
      java.util.Collection<String> keys);

  @org.springframework.transaction.annotation.Transactional
  long deleteByNotificationKey(String notificationKey);
}
