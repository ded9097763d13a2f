package id.sinergi.datarequest;

import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a data request case: the coordinator's plan, one request per OPD, notices,
 * extended due dates, and the consolidated package when the coordinator closes it. Every step
 * can run twice (a retried job) without doing anything twice.
 */
@Service
@Transactional
public class DataRequestService {

  private static final Logger LOG = LoggerFactory.getLogger(DataRequestService.class);

  private final DataRequestCaseRepository cases;
  private final OpdRequestRepository requests;
  private final NotificationRepository notifications;
  private final DataPackageRepository packages;
  private final ActorStore actors;
  private final DuplicateDetector duplicates;
  private final OrganisationRegistry registry;

  public DataRequestService(DataRequestCaseRepository cases, OpdRequestRepository requests,
      NotificationRepository notifications, DataPackageRepository packages, ActorStore actors,
      DuplicateDetector duplicates, OrganisationRegistry registry) {
    this.cases = cases;
    this.requests = requests;
    this.notifications = notifications;
    this.packages = packages;
    this.actors = actors;
    this.duplicates = duplicates;
    this.registry = registry;
  }

  /** Saves (or replaces, while no request was sent) the coordinator's plan; returns the case. */
  public DataRequestCase savePlan(String processInstanceId, String pemdaCode,
      String requesterGroup, String callerReference, List<DataKind> dataKinds,
      List<PlanItem> plan) {
    DataRequestCase found = cases.findByProcessInstanceId(processInstanceId).orElseGet(() ->
        cases.save(new DataRequestCase(processInstanceId, pemdaCode, requesterGroup,
            callerReference, DataKind.join(dataKinds), ActorImportService.now())));
    found.replacePlan(plan);
    return found;
  }

  /** One request per planned OPD; an OPD that already has one keeps it (retried job). */
  public List<OpdRequest> createRequests(long caseId) {
    DataRequestCase found = caseById(caseId);
    OffsetDateTime now = ActorImportService.now();
    for (PlanItem item : found.getPlan()) {
      if (requests.findByCaseIdAndOpdCode(caseId, item.getOpdCode()).isEmpty()) {
        OrganisationUnit opd = registry.unit(item.getOpdCode());
        requests.save(new OpdRequest(caseId, found.getPemdaCode(), opd.getCode(),
            opd.getStaffGroupId(), item.getKinds(), item.getDueDate(), item.getNote(), now));
      }
    }
    return requests.findByCaseIdOrderByOpdCode(caseId);
  }

  /**
   * Records a notice to every OPD still asked to answer: the request (round 0) or the case's
   * current reminder round. Already recorded notices are not repeated.
   *
   * @return how many notices were recorded now
   */
  public int notifyOpenRequests(long caseId, Notification.Kind kind) {
    DataRequestCase found = caseById(caseId);
    int round = kind == Notification.Kind.REQUEST ? 0 : found.getReminderRound();
    int sent = 0;
    for (OpdRequest request : requests.findByCaseIdOrderByOpdCode(caseId)) {
      if (request.isOpen() && record(request, kind, round, message(found, request, kind))) {
        sent++;
      }
    }
    return sent;
  }

  /** Starts a new reminder round, which the notify step then sends. */
  public int startReminderRound(long caseId) {
    return caseById(caseId).nextReminderRound();
  }

  /** Moves the due date of the given OPDs' open requests; each OPD is told (once per date). */
  public List<OpdRequest> extend(long caseId, List<String> opdCodes, LocalDate newDueDate) {
    DataRequestCase found = caseById(caseId);
    List<OpdRequest> extended = requests.findByCaseIdOrderByOpdCode(caseId).stream()
        .filter(r -> r.isOpen() && opdCodes.contains(r.getOpdCode())).toList();
    for (OpdRequest request : extended) {
      request.extendTo(newDueDate);
      // The round is the new date (yyyymmdd), so extending to the same date twice tells once.
      int round = Integer.parseInt(newDueDate.toString().replace("-", ""));
      record(request, Notification.Kind.EXTENSION, round, "Tenggat permintaan data "
          + DataKind.labels(request.getKinds()) + " dari " + requesterName(found)
          + " diperpanjang sampai " + newDueDate + ".");
    }
    return extended;
  }

  /**
   * Closes the case: OPDs that never answered are recorded as NOT_ANSWERED, duplicates are
   * computed once more, and the package is created (once).
   */
  public DataPackage consolidate(long caseId) {
    DataRequestCase found = caseById(caseId);
    List<OpdRequest> all = requests.findByCaseIdOrderByOpdCode(caseId);
    all.forEach(OpdRequest::markNotAnswered);
    found.close(null, ActorImportService.now());
    return packages.findByCaseId(caseId).orElseGet(() -> {
      int duplicateCount = duplicates.detect(caseId, found.getPemdaCode(),
          ActorImportService.now()).size();
      DataPackage created = packages.save(new DataPackage(caseId, found.getPemdaCode(),
          found.getCallerReference(), count(all, OpdRequest.Status.ANSWERED),
          count(all, OpdRequest.Status.REFUSED), count(all, OpdRequest.Status.NOT_ANSWERED),
          actors.countActorsOfCase(caseId), duplicateCount, ActorImportService.now()));
      LOG.info("Data package {} of case {} ({}): {} answered, {} refused, {} not answered",
          created.getId(), caseId, found.getPemdaCode(), created.getAnswered(),
          created.getRefused(), created.getNotAnswered());
      return created;
    });
  }

  /** The coordinator decided the data is enough; the consolidate step does the rest. */
  public void close(long caseId, String userId) {
    caseById(caseId).close(userId, ActorImportService.now());
  }

  @Transactional(readOnly = true)
  public DataRequestCase caseById(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> new NotFoundException(
        "Permintaan data " + caseId + " tidak ditemukan."));
  }

  @Transactional(readOnly = true)
  public OpdRequest request(long requestId) {
    return requests.findById(requestId).orElseThrow(() -> new NotFoundException(
        "Permintaan data OPD " + requestId + " tidak ditemukan."));
  }

  @Transactional(readOnly = true)
  public List<OpdRequest> requestsOf(long caseId) {
    return requests.findByCaseIdOrderByOpdCode(caseId);
  }

  private boolean record(OpdRequest request, Notification.Kind kind, int round, String message) {
    if (notifications.existsByRequestIdAndKindAndRoundNo(request.getId(), kind, round)) {
      return false;
    }
    notifications.save(new Notification(request.getId(), kind, round, request.getStaffGroup(),
        message, ActorImportService.now()));
    // Email is the escalation capability's concern; the notice is recorded and logged here.
    LOG.info("Notice {} #{} to {}: {}", kind, round, request.getStaffGroup(), message);
    return true;
  }

  private String message(DataRequestCase found, OpdRequest request, Notification.Kind kind) {
    String what = DataKind.labels(request.getKinds());
    String who = requesterName(found);
    return switch (kind) {
      case REQUEST -> who + " meminta data " + what + " untuk kerja sama UMi, paling lambat "
          + request.getDueDate() + (request.getNote() == null ? "." : ". Catatan: "
          + request.getNote());
      case REMINDER -> "Pengingat: " + who + " masih menunggu data " + what
          + " (tenggat " + request.getDueDate() + ").";
      case EXTENSION -> "Tenggat diperpanjang sampai " + request.getDueDate() + ".";
    };
  }

  private String requesterName(DataRequestCase found) {
    return registry.allUnits().stream()
        .filter(u -> found.getRequesterGroup().equals(u.getStaffGroupId())).findFirst()
        .map(registry::displayName).orElse(found.getRequesterGroup());
  }

  private static int count(List<OpdRequest> all, OpdRequest.Status status) {
    return (int) all.stream().filter(r -> r.getStatus() == status).count();
  }
}
