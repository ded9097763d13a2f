package id.sinergi.cooperation;

import id.sinergi.datarequest.DataPackages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the cooperation API. */
final class CooperationViews {

  private CooperationViews() {}

  record Summary(long id, String number, String pemdaCode, String pemdaName, String status,
      boolean offeredByPip, String penyalurCode, List<String> currentSteps, Instant startedAt,
      String startedBy, long ageDays, String processInstanceId, Instant closedAt,
      String closedReason) {}

  record Program(String type, String name, BigDecimal budget, int year, String opdUnitCode,
      int targetBusinesses, boolean addedAfterStudy) {}

  record MentorView(String name, String opdUnitCode, String area, String contact) {}

  record TrainingView(String name, String organiser, String schedule, int capacity) {}

  record SchemeView(int round, List<String> synergies, String penyalurCode, int targetDebtors,
      BigDecimal targetAmount, String notes, String proposedBy, Instant proposedAt,
      String response, String counterNotes, Integer counterTargetDebtors,
      BigDecimal counterTargetAmount, String respondedBy, Instant respondedAt) {}

  record SignatureView(String document, String party, String documentNumber, LocalDate signedOn,
      String signerName, String recordedBy, Instant recordedAt) {}

  record PeriodView(int seq, LocalDate start, LocalDate end, int targetDebtors,
      BigDecimal targetAmount) {}

  record ReportView(String month, int debtorsReached, BigDecimal amountDisbursed, String notes,
      List<KecamatanView> kecamatan, String reportedBy, Instant reportedAt) {}

  record KecamatanView(String kecamatan, int debtors, BigDecimal amount) {}

  record EvaluationView(String kind, int periodSeq, Integer quarter, String pemdaParticipants,
      String progressAssessment, String findings, String recommendations, String decision,
      String evaluatedBy, Instant evaluatedAt) {}

  record Detail(Summary cooperation, String background, List<Program> programs,
      List<MentorView> mentors, List<TrainingView> trainings, List<TimelineEntry> records,
      List<SchemeView> schemeRounds, String agreementTitle, List<SignatureView> signatures,
      String pksNumber, List<PeriodView> pksPeriods, List<ReportView> disbursementReports,
      List<EvaluationView> evaluations, List<DataPackages.Summary> dataPackages) {}

  /**
   * @param source CAMUNDA (the engine's history) or the app record that holds the detail
   */
  record TimelineEntry(Instant at, String step, String actor, String source, String detail) {}

  record ProgressView(long cooperationId, String number, String pksNumber, Integer periodSeq,
      LocalDate periodStart, LocalDate periodEnd, int targetDebtors, BigDecimal targetAmount,
      int debtorsReached, BigDecimal amountDisbursed, BigDecimal debtorsPercent,
      BigDecimal amountPercent, int reportsFiled, int totalDebtorsReached,
      BigDecimal totalAmountDisbursed) {}
}
