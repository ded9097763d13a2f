package id.sinergi.datarequest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpdRequestRepository extends JpaRepository<OpdRequest, Long> {
  List<OpdRequest> findByCaseIdOrderByOpdCode(Long caseId);
  Optional<OpdRequest> findByCaseIdAndOpdCode(Long caseId, String opdCode);
  Optional<OpdRequest> findByTaskId(String taskId);

  List<OpdRequest> findByPemdaCodeAndStatusOrderByDueDateAscOpdCodeAsc(String pemdaCode,
      OpdRequest.Status status);
}
