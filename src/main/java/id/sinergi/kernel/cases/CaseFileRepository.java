package id.sinergi.kernel.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, String> {

  List<CaseFile> findByProcessKeyAndReferenceId(String processKey, Long referenceId);
}
