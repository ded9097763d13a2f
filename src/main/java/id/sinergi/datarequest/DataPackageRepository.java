package id.sinergi.datarequest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataPackageRepository extends JpaRepository<DataPackage, Long> {
  Optional<DataPackage> findByCaseId(Long caseId);

  List<DataPackage> findByCallerReferenceOrderByCreatedAt(String callerReference);
}
