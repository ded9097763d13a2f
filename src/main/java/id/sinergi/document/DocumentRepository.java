package id.sinergi.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

  List<Document> findByProcessInstanceIdOrderByUploadedAtDesc(String processInstanceId);

  boolean existsByProcessInstanceIdAndKind(String processInstanceId, String kind);
}
