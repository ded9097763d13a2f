package id.sinergi.datarequest;

import id.sinergi.kernel.Published;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other capabilities may read of the consolidated data packages: the packages a calling
 * process asked for, found by its business key (the call activity's callerReference).
 */
@Service
@Transactional(readOnly = true)
@Published
public class DataPackages {

  /** One package as a caller shows it; the full package is at {@code url}. */
  public record Summary(long id, OffsetDateTime createdAt, int answered, int refused,
      int notAnswered, int actorCount, int duplicateCount, String url) {}

  private final DataPackageRepository packages;

  public DataPackages(DataPackageRepository packages) {
    this.packages = packages;
  }

  public List<Summary> requestedBy(String callerReference) {
    return packages.findByCallerReferenceOrderByCreatedAt(callerReference).stream()
        .map(p -> new Summary(p.getId(), p.getCreatedAt(), p.getAnswered(), p.getRefused(),
            p.getNotAnswered(), p.getActorCount(), p.getDuplicateCount(),
            "/api/data-packages/" + p.getId()))
        .toList();
  }
}
