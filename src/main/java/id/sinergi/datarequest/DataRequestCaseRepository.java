package id.sinergi.datarequest;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataRequestCaseRepository extends JpaRepository<DataRequestCase, Long> {
  Optional<DataRequestCase> findByProcessInstanceId(String processInstanceId);

  boolean existsByCallerReference(String callerReference);
}
