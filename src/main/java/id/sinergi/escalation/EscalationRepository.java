package id.sinergi.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  Optional<Escalation> findByStepKeyAndLevel(String stepKey, int level);

  List<Escalation> findByStepKeyOrderByLevel(String stepKey);

  List<Escalation> findByStepKeyInAndLevel(java.util.Collection<String> stepKeys, int level);

  List<Escalation> findByResolvedAtIsNullOrderByStepStartedAt();

  List<Escalation> findByProcessInstanceIdOrderByStepKeyAscLevelAsc(String processInstanceId);

  @Transactional
  @Modifying(flushAutomatically = true)
  @Query("update Escalation e set e.resolvedAt = :at where e.stepKey = :stepKey and e.resolvedAt is null")
  int resolveStep(@Param("stepKey") String stepKey, @Param("at") Instant at);
}
