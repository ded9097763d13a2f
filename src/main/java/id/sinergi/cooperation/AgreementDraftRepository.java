package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementDraftRepository extends JpaRepository<AgreementDraft, Long> {

  List<AgreementDraft> findByCooperationIdOrderById(long cooperationId);

  Optional<AgreementDraft> findByCooperationId(long cooperationId);
}
