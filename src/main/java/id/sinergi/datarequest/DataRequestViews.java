package id.sinergi.datarequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes of the data request API. */
final class DataRequestViews {

  private DataRequestViews() {}

  record RequestView(long id, long caseId, String pemdaCode, String opdCode, String opdName,
      String staffGroup, List<DataKind> kinds, LocalDate dueDate, String note,
      OpdRequest.Status status, String refusalReason, OpdRequest.Channel answerChannel,
      String answeredBy, OffsetDateTime answeredAt, String taskId, int businessActors,
      List<ItemView> items, String uploadUrl, String templateXlsxUrl, String templateCsvUrl) {}

  record ItemView(DataKind kind, String name, String detail, BigDecimal amount, Integer quantity,
      LocalDate startDate) {}

  record CaseView(long id, String pemdaCode, String requesterGroup, String callerReference,
      List<DataKind> dataKinds, DataRequestCase.Status status, OffsetDateTime createdAt,
      OffsetDateTime closedAt, String closedBy, int answered, int open, Long dataPackageId,
      List<RequestView> requests, List<DuplicateDetector.Duplicate> duplicates) {}

  record ImportView(long importId, ImportRecord.Status status, int rows, int errorCount,
      String message, List<ImportError> errors, String errorReportCsvUrl,
      String errorReportXlsxUrl) {}

  record PackageView(long id, long caseId, String pemdaCode, String callerReference,
      OffsetDateTime createdAt, int answered, int refused, int notAnswered, int businessActors,
      int duplicateCount, List<RequestView> requests,
      List<DuplicateDetector.Duplicate> duplicates, String businessActorsUrl) {}

  /** The REST answer of an OPD's own system. */
  record AnswerBody(String answer, String refusalReason, List<ItemInput> programs,
      List<ItemInput> mentors, List<ItemInput> trainings,
      List<java.util.Map<String, String>> businessActors) {}
}
