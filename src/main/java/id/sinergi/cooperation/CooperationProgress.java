package id.sinergi.cooperation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Disbursement against the targets of the current PKS period. */
@Service
public class CooperationProgress {

  private final CooperationData data;

  CooperationProgress(CooperationData data) {
    this.data = data;
  }

  public record Progress(Integer periodSeq, LocalDate periodStart, LocalDate periodEnd,
      int targetDebtors, BigDecimal targetAmount, int debtorsReached, BigDecimal amountDisbursed,
      BigDecimal debtorsPercent, BigDecimal amountPercent, int reportsFiled,
      int totalDebtorsReached, BigDecimal totalAmountDisbursed) {}

  @Transactional(readOnly = true)
  public Progress of(long cooperationId) {
    List<DisbursementReport> reports = data.reports.findByCooperationIdOrderById(cooperationId);
    int totalDebtors = reports.stream().mapToInt(r -> r.debtorsReached).sum();
    BigDecimal totalAmount = reports.stream().map(r -> r.amountDisbursed)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    PksPeriod period = data.periods.findFirstByCooperationIdOrderBySeqDesc(cooperationId).orElse(null);
    if (period == null) {
      return new Progress(null, null, null, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
          BigDecimal.ZERO, BigDecimal.ZERO, 0, totalDebtors, totalAmount);
    }
    List<DisbursementReport> inPeriod = reports.stream()
        .filter(r -> !r.reportMonth.isBefore(period.startDate.withDayOfMonth(1))
            && !r.reportMonth.isAfter(period.endDate)).toList();
    int debtors = inPeriod.stream().mapToInt(r -> r.debtorsReached).sum();
    BigDecimal amount = inPeriod.stream().map(r -> r.amountDisbursed)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Progress(period.seq, period.startDate, period.endDate, period.targetDebtors,
        period.targetAmount, debtors, amount,
        percent(BigDecimal.valueOf(debtors), BigDecimal.valueOf(period.targetDebtors)),
        percent(amount, period.targetAmount), inPeriod.size(), totalDebtors, totalAmount);
  }

  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
