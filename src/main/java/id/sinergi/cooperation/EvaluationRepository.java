package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByCooperationIdOrderById(long cooperationId);

  long countByCooperationIdAndKindAndPeriodSeqAndQuarter(long cooperationId, EvaluationKind kind, int periodSeq, Integer quarter);
}
