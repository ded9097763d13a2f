package id.sinergi.datarequest;

import id.sinergi.kernel.Published;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** What one OPD sent (or why not) in answer to a package's request. */
  public record OpdAnswer(String opdUnitCode, String status, String refusalReason,
      int items, int actors) {}

  /** A programme, mentor or training an OPD listed (kind: PROGRAM, MENTOR, TRAINING). */
  public record SentItem(String kind, String opdUnitCode, String name, String detail,
      BigDecimal amount, Integer quantity, LocalDate startDate) {}

  /** What the OPDs sent for the latest package a calling process asked for. */
  public record Sent(long packageId, List<OpdAnswer> answers, List<SentItem> items) {}

  private final DataPackageRepository packages;
  private final OpdRequestRepository requests;
  private final DataItemRepository items;
  private final ActorStore actors;

  public DataPackages(DataPackageRepository packages, OpdRequestRepository requests,
      DataItemRepository items, ActorStore actors) {
    this.packages = packages;
    this.requests = requests;
    this.items = items;
    this.actors = actors;
  }

  /** The OPDs' answers and items of the newest package asked for by that business key. */
  public Optional<Sent> latestSent(String callerReference) {
    List<DataPackage> found = packages.findByCallerReferenceOrderByCreatedAt(callerReference);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DataPackage latest = found.get(found.size() - 1);
    List<OpdAnswer> answers = new ArrayList<>();
    List<SentItem> sent = new ArrayList<>();
    for (OpdRequest request : requests.findByCaseIdOrderByOpdCode(latest.getCaseId())) {
      List<DataItem> listed = items.findByRequestIdOrderById(request.getId());
      answers.add(new OpdAnswer(request.getOpdCode(), request.getStatus().name(),
          request.getRefusalReason(), listed.size(), actors.countActorsOf(request.getId())));
      listed.forEach(i -> sent.add(new SentItem(i.getKind().name(), request.getOpdCode(),
          i.getName(), i.getDetail(), i.getAmount(), i.getQuantity(), i.getStartDate())));
    }
    return Optional.of(new Sent(latest.getId(), answers, sent));
  }

  public List<Summary> requestedBy(String callerReference) {
    return packages.findByCallerReferenceOrderByCreatedAt(callerReference).stream()
        .map(p -> new Summary(p.getId(), p.getCreatedAt(), p.getAnswered(), p.getRefused(),
            p.getNotAnswered(), p.getActorCount(), p.getDuplicateCount(),
            "/api/data-packages/" + p.getId()))
        .toList();
  }
}
