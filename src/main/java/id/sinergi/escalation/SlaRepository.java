package id.sinergi.escalation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaRepository extends JpaRepository<SlaEntry, Long> {

  List<SlaEntry> findByProcessKeyInAndActivityIdInAndPemdaCodeIn(Collection<String> processKeys,
      Collection<String> activityIds, Collection<String> pemdaCodes);

  Optional<SlaEntry> findByProcessKeyAndActivityIdAndPemdaCode(String processKey,
      String activityId, String pemdaCode);

  List<SlaEntry> findAllByOrderByProcessKeyAscActivityIdAscPemdaCodeAsc();
}
