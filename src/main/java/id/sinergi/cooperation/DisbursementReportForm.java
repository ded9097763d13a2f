package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.REPORT_MONTH;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.umi.UmiReports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * cooperation-disbursement-report (step 6): the Penyalur's monthly figures. The month must lie
 * inside the current PKS period and be reported once; kecamatan rows may not add up to more
 * than the totals. UMi's own rules (ceiling, debtor list, flags) are checked by
 * {@link UmiReports}.
 */
@Component
class DisbursementReportForm extends CooperationForm {

  private final UmiReports umi;

  DisbursementReportForm(CooperationData data, UmiReports umi) {
    super(data);
    this.umi = umi;
  }

  @Override
  public String formId() {
    return "cooperation-disbursement-report";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    long id = cooperation(caseFile).id;
    Map<String, Object> values = new HashMap<>();
    Object month = REPORT_MONTH.get(task);
    if (month != null) {
      values.put("month", month);
    }
    data.pks.findByCooperationId(id).ifPresent(p -> values.put("pksNumber", p.pksNumber));
    data.periods.findFirstByCooperationIdOrderBySeqDesc(id).ifPresent(p -> values.put("periodText",
        CooperationSummaries.date(p.startDate) + " s.d. " + CooperationSummaries.date(p.endDate)));
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    long id = cooperation(submission).id;
    LocalDate month = month(values, id, errors);
    Integer debtors = errors.count(values, "debtorsReached", 0, 10_000_000, true);
    BigDecimal amount = errors.amount(values, "amountDisbursed", true);
    String notes = errors.optionalText(values, "notes", 2000);
    List<DisbursementKecamatan> rows = new ArrayList<>();
    int rowDebtors = 0;
    BigDecimal rowAmount = BigDecimal.ZERO;
    for (FormValues row : values.rows("kecamatanRows")) {
      DisbursementKecamatan line = new DisbursementKecamatan();
      line.kecamatan = errors.text(row, "kecamatan", 100);
      Integer d = errors.count(row, "debtors", 0, 10_000_000, true);
      line.debtors = d == null ? 0 : d;
      line.amount = ProgrammeRows.nonNull(errors.amount(row, "amount", true));
      rowDebtors += line.debtors;
      rowAmount = rowAmount.add(line.amount);
      rows.add(line);
    }
    if (debtors != null && rowDebtors > debtors) {
      errors.add("kecamatanRows", "jumlah debitur per kecamatan (" + rowDebtors
          + ") melebihi jumlah debitur laporan (" + debtors + ")");
    }
    if (amount != null && rowAmount.compareTo(amount) > 0) {
      errors.add("kecamatanRows", "jumlah penyaluran per kecamatan melebihi jumlah penyaluran laporan");
    }
    errors.throwIfAny();
    // UMi's rules: the debtor list (if uploaded) or the average against the ceiling in force,
    // duplicates and SIKP findings flagged; a refusal keeps the task open with the reason.
    PksPeriod period = data.currentPeriod(id);
    umi.check(new UmiReports.ReportToCheck(id, month, debtors, amount, period.startDate,
        period.endDate, user(submission)));
    DisbursementReport report = new DisbursementReport();
    report.cooperationId = id;
    report.reportMonth = month;
    report.debtorsReached = debtors;
    report.amountDisbursed = amount;
    report.notes = notes;
    report.reportedBy = user(submission);
    report.reportedAt = CooperationService.now();
    data.reports.saveAndFlush(report);
    rows.forEach(r -> r.reportId = report.id);
    data.reportRows.saveAll(rows);
  }

  private LocalDate month(FormValues values, long cooperationId, FieldErrors errors) {
    String text = errors.text(values, "month", 7);
    if (text == null) {
      return null;
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      errors.add("month", "format bulan harus tahun-bulan, contoh 2026-03");
      return null;
    }
    PksPeriod period = data.currentPeriod(cooperationId);
    if (month.isBefore(YearMonth.from(period.startDate)) || month.isAfter(YearMonth.from(period.endDate))) {
      errors.add("month", "bulan " + text + " di luar periode PKS ("
          + CooperationSummaries.date(period.startDate) + " s.d. "
          + CooperationSummaries.date(period.endDate) + ")");
      return null;
    }
    LocalDate first = month.atDay(1);
    if (data.reports.existsByCooperationIdAndReportMonth(cooperationId, first)) {
      errors.add("month", "laporan bulan " + text + " sudah ada; satu laporan per bulan");
      return null;
    }
    return first;
  }
}
