package id.sinergi.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CooperationRepository extends JpaRepository<Cooperation, Long> {

  Optional<Cooperation> findByOpenPemdaCode(String pemdaCode);

  long countByPemdaCodeAndNumberStartingWith(String pemdaCode, String prefix);

  Optional<Cooperation> findByProcessInstanceId(String processInstanceId);

  List<Cooperation> findAllByOrderByStartedAtDesc();

  Optional<Cooperation> findFirstByPemdaCodeAndStatus(String pemdaCode, CooperationStatus status);
}
