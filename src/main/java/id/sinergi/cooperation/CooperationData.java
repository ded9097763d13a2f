package id.sinergi.cooperation;

import id.sinergi.kernel.error.NotFoundException;
import org.springframework.stereotype.Component;

/** The cooperation's repositories in one place, so handlers and queries stay small. */
@Component
public class CooperationData {

  final CooperationRepository cooperations;
  final ProgramItemRepository programs;
  final MentorRepository mentors;
  final TrainingRepository trainings;
  final InternalDecisionRepository decisions;
  final RequestLetterRepository letters;
  final StudyRepository studies;
  final DataSupplementRepository supplements;
  final SchemeRoundRepository schemes;
  final AgreementDraftRepository agreements;
  final SignatureRepository signatures;
  final PksRepository pks;
  final PksPeriodRepository periods;
  final DisbursementReportRepository reports;
  final DisbursementKecamatanRepository reportRows;
  final EvaluationRepository evaluations;

  CooperationData(CooperationRepository cooperations, ProgramItemRepository programs,
      MentorRepository mentors, TrainingRepository trainings, InternalDecisionRepository decisions,
      RequestLetterRepository letters, StudyRepository studies,
      DataSupplementRepository supplements, SchemeRoundRepository schemes,
      AgreementDraftRepository agreements, SignatureRepository signatures, PksRepository pks,
      PksPeriodRepository periods, DisbursementReportRepository reports,
      DisbursementKecamatanRepository reportRows, EvaluationRepository evaluations) {
    this.cooperations = cooperations;
    this.programs = programs;
    this.mentors = mentors;
    this.trainings = trainings;
    this.decisions = decisions;
    this.letters = letters;
    this.studies = studies;
    this.supplements = supplements;
    this.schemes = schemes;
    this.agreements = agreements;
    this.signatures = signatures;
    this.pks = pks;
    this.periods = periods;
    this.reports = reports;
    this.reportRows = reportRows;
    this.evaluations = evaluations;
  }

  Cooperation cooperation(long id) {
    return cooperations.findById(id).orElseThrow(
        () -> new NotFoundException("Kerja sama nomor " + id + " tidak ditemukan."));
  }

  /** The PKS period running now: the latest one (an extension adds a later period). */
  PksPeriod currentPeriod(long cooperationId) {
    return periods.findFirstByCooperationIdOrderBySeqDesc(cooperationId).orElseThrow(
        () -> new IllegalStateException("Kerja sama " + cooperationId + " belum memiliki periode PKS"));
  }
}
