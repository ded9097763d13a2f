package id.sinergi.incubation;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.operations.ImportLog;
import id.sinergi.organisation.OrganisationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Incubation over REST: cohorts, registering and importing candidates, recording attendance,
 * withdrawing a participant, and the cohort report (JSON, CSV, XLSX). The incubator's staff
 * change their cohorts; the region's Pemda, PIP, managers and administrators read them.
 */
@RestController
@RequestMapping("/api/incubation")
class IncubationController {

  private final IncubationAccess access;
  private final CandidateRegistration registration;
  private final CandidateImport importer;
  private final CandidateRepository candidates;
  private final AttendanceRecording attendance;
  private final Withdrawal withdrawal;
  private final CohortReports reports;
  private final ReportExport export;
  private final OrganisationRegistry registry;
  private final PemdaCandidates pemdaCandidates;
  private final ImportLog importLog;

  IncubationController(IncubationAccess access, CandidateRegistration registration,
      CandidateImport importer, CandidateRepository candidates, AttendanceRecording attendance,
      Withdrawal withdrawal, CohortReports reports, ReportExport export,
      OrganisationRegistry registry, PemdaCandidates pemdaCandidates, ImportLog importLog) {
    this.pemdaCandidates = pemdaCandidates;
    this.importLog = importLog;
    this.access = access;
    this.registration = registration;
    this.importer = importer;
    this.candidates = candidates;
    this.attendance = attendance;
    this.withdrawal = withdrawal;
    this.reports = reports;
    this.export = export;
    this.registry = registry;
  }

  record CohortSummary(long id, String name, String incubatorCode, String incubator,
      String pemdaCode, String region, String status, int targetSize, int capacity,
      String startDate, int sessionCount, String processInstanceId) {}

  record CandidateView(long id, String businessName, String ownerName, String nik, String nib,
      String pemdaCode, String sector, String scale, String need, String source, String status,
      String fosteredFlag, Integer selectionRank, String track, String fitRationale,
      String notEligibleReason, String graduationReason, String processInstanceId) {}

  record AttendanceRequest(List<Long> attendedCandidateIds) {}

  record SessionView(int number, String date, List<Long> presentCandidateIds,
      String recordedBy) {}

  record WithdrawalRequest(String reason) {}

  record ImportResult(int imported, List<CandidateView> candidates) {}

  record PemdaDataResult(String pemdaCode, int found, int added, int skipped,
      List<CandidateView> candidates, List<PemdaCandidates.Skipped> skippedActors) {}

  @GetMapping("/cohorts")
  List<CohortSummary> cohorts() {
    return access.visibleCohorts().stream().map(this::summary).toList();
  }

  @GetMapping("/cohorts/{id}")
  CohortSummary cohort(@PathVariable long id) {
    return summary(access.visible(id));
  }

  @GetMapping("/cohorts/{id}/candidates")
  List<CandidateView> candidates(@PathVariable long id) {
    Cohort cohort = access.visible(id);
    return candidates.findByCohortIdOrderById(cohort.getId()).stream().map(this::view).toList();
  }

  @PostMapping("/cohorts/{id}/candidates")
  @ResponseStatus(HttpStatus.CREATED)
  CandidateView register(@PathVariable long id, @RequestBody CandidateInput input) {
    Cohort cohort = access.managed(id);
    return view(registration.register(cohort, input.withReference(null),
        Candidate.Source.MANUAL, access.caller().userId()));
  }

  @PostMapping(path = "/cohorts/{id}/candidates/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ImportResult importCandidates(@PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    Cohort cohort = access.managed(id);
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "Pilih file CSV atau XLSX berisi daftar calon.");
    }
    long started = System.nanoTime();
    List<CandidateInput> rows = List.of();
    List<Candidate> saved;
    try {
      rows = importer.read(file.getOriginalFilename(), file.getInputStream());
      if (rows.isEmpty()) {
        throw new InvalidInputException("file", "File tidak berisi satu pun calon di bawah baris"
            + " nama kolom.");
      }
      saved = registration.registerAll(cohort, rows, Candidate.Source.IMPORT,
          access.caller().userId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidInputException refused) {
      logImport(cohort, file, ImportLog.Outcome.REFUSED, rows.size(), refused.getErrors().size(),
          started);
      throw refused;
    }
    logImport(cohort, file, ImportLog.Outcome.IMPORTED, saved.size(), 0, started);
    return new ImportResult(saved.size(), saved.stream().map(this::view).toList());
  }

  private void logImport(Cohort cohort, MultipartFile file, ImportLog.Outcome outcome, long rows,
      long errors, long started) {
    importLog.record(new ImportLog.Entry("incubation-candidates", outcome,
        access.caller().userId(), cohort.getPemdaCode(), "cohort-" + cohort.getId(),
        file.getOriginalFilename(), rows, errors, Duration.ofNanos(System.nanoTime() - started)));
  }

  /** Candidates from the business actors the Pemda's OPDs sent (cross-OPD data requests). */
  @PostMapping("/cohorts/{id}/candidates/from-pemda-data")
  PemdaDataResult takeFromPemdaData(@PathVariable long id,
      @RequestBody PemdaCandidates.Request request) {
    Cohort cohort = access.managed(id);
    PemdaCandidates.Result result = pemdaCandidates.take(cohort, request,
        access.caller().userId());
    return new PemdaDataResult(result.pemdaCode(), result.found(), result.added().size(),
        result.skipped().size(), result.added().stream().map(this::view).toList(),
        result.skipped());
  }

  @PutMapping("/cohorts/{id}/sessions/{number}/attendance")
  SessionView recordAttendance(@PathVariable long id, @PathVariable int number,
      @RequestBody AttendanceRequest request) {
    Cohort cohort = access.managed(id);
    List<Long> present = request.attendedCandidateIds() == null ? List.of()
        : request.attendedCandidateIds();
    ClassSession session = attendance.record(cohort, number, present, access.caller().userId(),
        "attendedCandidateIds");
    return new SessionView(session.getNumber(), session.getSessionDate().toString(), present,
        session.getRecordedBy());
  }

  @PostMapping("/cohorts/{id}/participants/{candidateId}/withdraw")
  CandidateView withdraw(@PathVariable long id, @PathVariable long candidateId,
      @RequestBody WithdrawalRequest request) {
    Cohort cohort = access.managed(id);
    return view(withdrawal.withdraw(cohort, candidateId, request.reason()));
  }

  @GetMapping("/cohorts/{id}/report")
  CohortReport report(@PathVariable long id) {
    return reports.report(access.visible(id));
  }

  @GetMapping("/cohorts/{id}/report.csv")
  ResponseEntity<byte[]> reportCsv(@PathVariable long id) {
    CohortReport report = reports.report(access.visible(id));
    return file(export.csv(report), "laporan-angkatan-" + id + ".csv",
        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
  }

  @GetMapping("/cohorts/{id}/report.xlsx")
  ResponseEntity<byte[]> reportXlsx(@PathVariable long id) {
    CohortReport report = reports.report(access.visible(id));
    return file(export.xlsx(report), "laporan-angkatan-" + id + ".xlsx", MediaType.parseMediaType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString()).body(body);
  }

  private CohortSummary summary(Cohort c) {
    return new CohortSummary(c.getId(), c.getName(), c.getIncubatorCode(),
        registry.unit(c.getIncubatorCode()).getShortName(), c.getPemdaCode(),
        registry.unit(c.getPemdaCode()).getShortName(), c.getStatus().name(), c.getTargetSize(),
        c.getCapacity(), c.getStartDate().toString(), c.getSessionCount(),
        c.getProcessInstanceId());
  }

  private CandidateView view(Candidate c) {
    return new CandidateView(c.getId(), c.getBusinessName(), c.getOwnerName(), c.getNik(),
        c.getNib(), c.getPemdaCode(), c.getSector().name(), c.getScale().name(),
        c.getNeed().name(), c.getSource().name(), c.getStatus().name(), c.getFosteredFlag(),
        c.getSelectionRank(), c.getTrack(), c.getFitRationale(), c.getNotEligibleReason(),
        c.getGraduationReason(), c.getProcessInstanceId());
  }
}
