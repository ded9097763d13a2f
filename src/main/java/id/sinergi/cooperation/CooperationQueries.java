package id.sinergi.cooperation;

import id.sinergi.organisation.OrganisationRegistry;

import id.sinergi.kernel.access.CaseAccess;
import id.sinergi.kernel.cases.Cases;

import id.sinergi.cooperation.CooperationViews.Detail;
import id.sinergi.cooperation.CooperationViews.EvaluationView;
import id.sinergi.cooperation.CooperationViews.KecamatanView;
import id.sinergi.cooperation.CooperationViews.MentorView;
import id.sinergi.cooperation.CooperationViews.PeriodView;
import id.sinergi.cooperation.CooperationViews.Program;
import id.sinergi.cooperation.CooperationViews.ProgressView;
import id.sinergi.cooperation.CooperationViews.ReportView;
import id.sinergi.cooperation.CooperationViews.SchemeView;
import id.sinergi.cooperation.CooperationViews.SignatureView;
import id.sinergi.cooperation.CooperationViews.Summary;
import id.sinergi.cooperation.CooperationViews.TimelineEntry;
import id.sinergi.cooperation.CooperationViews.TrainingView;
import id.sinergi.datarequest.DataPackages;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.organisation.OrganisationUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the cooperation API, every one scoped to what the caller may see. */
@Service
@Transactional(readOnly = true)
class CooperationQueries {

  /** Activities worth naming as a "current step" or a timeline entry. */
  private static final Set<String> STEP_TYPES = Set.of("userTask", "intermediateTimer",
      "startEvent", "noneEndEvent");

  private final CooperationData data;
  private final DataPackages dataPackages;
  private final OrganisationRegistry units;
  private final HistoryService history;
  private final SystemEngineCalls engine;
  private final CooperationProgress progress;
  private final Cases cases;
  private final CaseAccess access;

  CooperationQueries(CooperationData data, OrganisationRegistry units,
      HistoryService history, SystemEngineCalls engine, CooperationProgress progress,
      DataPackages dataPackages, Cases cases, CaseAccess access) {
    this.cases = cases;
    this.access = access;
    this.dataPackages = dataPackages;
    this.data = data;
    this.units = units;
    this.history = history;
    this.engine = engine;
    this.progress = progress;
  }

  /**
   * The kernel's access model on the cooperation's case: Pemda staff see their Pemda's, a
   * Penyalur those it takes part in, PIP and managers all.
   */
  boolean canSee(Caller caller, Cooperation cooperation) {
    return cooperation.processInstanceId == null ? caller.seesAllPemda()
        : cases.find(cooperation.processInstanceId).map(c -> access.canRead(caller, c))
            .orElse(caller.seesAllPemda());
  }

  List<Summary> list(Caller caller, String pemdaCode, String status) {
    if (pemdaCode != null && !caller.canSeePemda(pemdaCode) && !isPenyalur(caller)) {
      throw new ForbiddenException("Anda tidak berwenang melihat kerja sama Pemda " + pemdaCode + ".");
    }
    CooperationStatus wanted = status == null ? null : parseStatus(status);
    Map<String, String> names = pemdaNames();
    return data.cooperations.findAllByOrderByStartedAtDesc().stream()
        .filter(c -> canSee(caller, c))
        .filter(c -> pemdaCode == null || pemdaCode.equals(c.pemdaCode))
        .filter(c -> wanted == null || wanted == c.status)
        .map(c -> summary(c, names)).toList();
  }

  Cooperation visible(Caller caller, long id) {
    Cooperation cooperation = data.cooperations.findById(id).orElseThrow(
        () -> new NotFoundException("Kerja sama nomor " + id + " tidak ditemukan."));
    if (!canSee(caller, cooperation)) {
      throw new ForbiddenException("Kerja sama ini milik Pemda lain.");
    }
    return cooperation;
  }

  Detail detail(Caller caller, long id) {
    Cooperation c = visible(caller, id);
    return new Detail(summary(c, pemdaNames()), c.background,
        data.programs.findByCooperationIdOrderById(id).stream().map(p -> new Program(p.type.name(),
            p.name, p.budget, p.year, p.opdUnitCode, p.targetBusinesses, p.addedInSupplement)).toList(),
        data.mentors.findByCooperationIdOrderById(id).stream()
            .map(m -> new MentorView(m.name, m.opdUnitCode, m.area, m.contact)).toList(),
        data.trainings.findByCooperationIdOrderById(id).stream()
            .map(t -> new TrainingView(t.name, t.organiser, t.schedule, t.capacity)).toList(),
        records(id),
        data.schemes.findByCooperationIdOrderById(id).stream().map(s -> new SchemeView(s.round,
            List.of(s.synergies.split(",")), s.penyalurCode, s.targetDebtors, s.targetAmount,
            s.notes, s.proposedBy, s.proposedAt, s.response, s.counterNotes,
            s.counterTargetDebtors, s.counterTargetAmount, s.respondedBy, s.respondedAt)).toList(),
        data.agreements.findByCooperationId(id).map(a -> a.title).orElse(null),
        data.signatures.findByCooperationIdOrderById(id).stream().map(s -> new SignatureView(
            s.document.name(), s.party.name(), s.documentNumber, s.signedOn, s.signerName,
            s.recordedBy, s.recordedAt)).toList(),
        data.pks.findByCooperationId(id).map(p -> p.pksNumber).orElse(null),
        data.periods.findByCooperationIdOrderById(id).stream().map(p -> new PeriodView(p.seq,
            p.startDate, p.endDate, p.targetDebtors, p.targetAmount)).toList(),
        data.reports.findByCooperationIdOrderById(id).stream().map(this::report).toList(),
        data.evaluations.findByCooperationIdOrderById(id).stream().map(e -> new EvaluationView(
            e.kind.name(), e.periodSeq, e.quarter, e.pemdaParticipants, e.progressAssessment,
            e.findings, e.recommendations, e.decision, e.evaluatedBy, e.evaluatedAt)).toList(),
        dataPackages.requestedBy(c.number));
  }

  List<TimelineEntry> timeline(Caller caller, long id) {
    Cooperation c = visible(caller, id);
    List<TimelineEntry> entries = new ArrayList<>(records(id));
    if (c.processInstanceId != null) {
      List<HistoricActivityInstance> activities = engine.call(() ->
          history.createHistoricActivityInstanceQuery().processInstanceId(c.processInstanceId)
              .list());
      for (HistoricActivityInstance a : activities) {
        if (!STEP_TYPES.contains(a.getActivityType()) || a.getActivityName() == null) {
          continue;
        }
        String actor = a.getAssignee();
        if (a.getActivityType().equals("startEvent")) {
          entries.add(new TimelineEntry(a.getStartTime().toInstant(), a.getActivityName(),
              c.startedBy, "CAMUNDA", "Proses dimulai (" + c.number + ")"));
        } else if (a.getActivityType().equals("userTask")) {
          entries.add(new TimelineEntry(a.getStartTime().toInstant(), a.getActivityName(), null,
              "CAMUNDA", "Tugas dibuat"));
          if (a.getEndTime() != null) {
            entries.add(new TimelineEntry(a.getEndTime().toInstant(), a.getActivityName(), actor,
                "CAMUNDA", a.isCanceled() ? "Tugas dibatalkan" : "Tugas diselesaikan"));
          }
        } else if (a.getEndTime() != null) {
          entries.add(new TimelineEntry(a.getEndTime().toInstant(), a.getActivityName(), null,
              "CAMUNDA", a.getActivityType().equals("intermediateTimer") ? "Waktu tercapai"
                  : "Proses berakhir"));
        }
      }
    }
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }

  ProgressView progress(Caller caller, long id) {
    Cooperation c = visible(caller, id);
    CooperationProgress.Progress p = progress.of(id);
    return new ProgressView(id, c.number, data.pks.findByCooperationId(id).map(k -> k.pksNumber)
        .orElse(null), p.periodSeq(), p.periodStart(), p.periodEnd(), p.targetDebtors(),
        p.targetAmount(), p.debtorsReached(), p.amountDisbursed(), p.debtorsPercent(),
        p.amountPercent(), p.reportsFiled(), p.totalDebtorsReached(), p.totalAmountDisbursed());
  }

  /** The app's own records of who decided what, as timeline entries. */
  private List<TimelineEntry> records(long id) {
    List<TimelineEntry> entries = new ArrayList<>();
    data.decisions.findByCooperationIdOrderById(id).forEach(d -> entries.add(new TimelineEntry(
        d.decidedAt, "Persetujuan internal", d.decidedBy, "coop_internal_decision",
        (d.approved ? "Disetujui Sekda" : "Dikembalikan Sekda")
            + (d.notes == null ? "" : ": " + d.notes))));
    data.letters.findByCooperationIdOrderById(id).forEach(l -> entries.add(new TimelineEntry(
        l.submittedAt, "Surat permohonan", l.submittedBy, "coop_request_letter",
        "Nomor " + l.letterNumber + " tanggal " + l.letterDate)));
    data.studies.findByCooperationIdOrderById(id).forEach(s -> entries.add(new TimelineEntry(
        s.studiedAt, "Kajian PIP", s.studiedBy, "coop_study", s.outcome + ": " + s.summary)));
    data.supplements.findByCooperationIdOrderById(id).forEach(s -> entries.add(new TimelineEntry(
        s.submittedAt, "Data tambahan", s.submittedBy, "coop_data_supplement", s.notes)));
    data.schemes.findByCooperationIdOrderById(id).forEach(s -> {
      entries.add(new TimelineEntry(s.proposedAt, "Usulan skema ke-" + s.round, s.proposedBy,
          "coop_scheme_round", s.targetDebtors + " debitur, "
              + CooperationSummaries.rupiah(s.targetAmount) + ", " + s.penyalurCode));
      if (s.respondedAt != null) {
        entries.add(new TimelineEntry(s.respondedAt, "Tanggapan skema ke-" + s.round,
            s.respondedBy, "coop_scheme_round", "SETUJU".equals(s.response) ? "Disetujui Pemda"
                : "Usulan balik: " + s.counterNotes));
      }
    });
    data.signatures.findByCooperationIdOrderById(id).forEach(s -> entries.add(new TimelineEntry(
        s.recordedAt, (s.document == SignedDocument.AGREEMENT ? "Dokumen Kesepakatan" : "PKS")
            + " ditandatangani " + s.party, s.recordedBy, "coop_signature",
        s.documentNumber + " oleh " + s.signerName + " tanggal " + s.signedOn)));
    data.reports.findByCooperationIdOrderById(id).forEach(r -> entries.add(new TimelineEntry(
        r.reportedAt, "Laporan penyaluran " + r.reportMonth.toString().substring(0, 7),
        r.reportedBy, "coop_disbursement_report", r.debtorsReached + " debitur, "
            + CooperationSummaries.rupiah(r.amountDisbursed))));
    data.evaluations.findByCooperationIdOrderById(id).forEach(e -> entries.add(new TimelineEntry(
        e.evaluatedAt, e.kind == EvaluationKind.FINAL ? "Evaluasi akhir"
            : "Evaluasi triwulan ke-" + e.quarter, e.evaluatedBy, "coop_evaluation",
        e.findings)));
    return entries;
  }

  private ReportView report(DisbursementReport r) {
    return new ReportView(r.reportMonth.toString().substring(0, 7), r.debtorsReached,
        r.amountDisbursed, r.notes, data.reportRows.findByReportIdOrderById(r.id).stream()
            .map(k -> new KecamatanView(k.kecamatan, k.debtors, k.amount)).toList(),
        r.reportedBy, r.reportedAt);
  }

  private Summary summary(Cooperation c, Map<String, String> pemdaNames) {
    Instant end = c.closedAt == null ? CooperationService.now() : c.closedAt;
    return new Summary(c.id, c.number, c.pemdaCode, pemdaNames.get(c.pemdaCode), c.status.name(),
        c.offeredByPip, c.penyalurCode, currentSteps(c), c.startedAt, c.startedBy,
        Duration.between(c.startedAt, end).toDays(), c.processInstanceId, c.closedAt,
        c.closedReason);
  }

  private List<String> currentSteps(Cooperation c) {
    if (!c.status.isOpen() || c.processInstanceId == null) {
      return List.of();
    }
    return engine.call(() -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(c.processInstanceId).unfinished().list()).stream()
        .filter(a -> STEP_TYPES.contains(a.getActivityType()) && a.getActivityName() != null)
        .map(HistoricActivityInstance::getActivityName).distinct().sorted().toList();
  }

  private Map<String, String> pemdaNames() {
    return units.allUnits().stream().filter(u -> u.getKind() == id.sinergi.organisation.UnitKind.PEMDA)
        .collect(Collectors.toMap(OrganisationUnit::getCode, OrganisationUnit::getName,
            (a, b) -> a));
  }

  private static boolean isPenyalur(Caller caller) {
    return caller.unitCodes().stream().anyMatch(u -> u.startsWith("penyalur-"));
  }

  private static CooperationStatus parseStatus(String status) {
    try {
      return CooperationStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new id.sinergi.kernel.error.InvalidInputException("status", "status harus salah satu dari "
          + java.util.Arrays.toString(CooperationStatus.values()));
    }
  }

}
