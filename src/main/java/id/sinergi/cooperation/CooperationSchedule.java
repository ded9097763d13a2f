package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.EVALUATION_QUARTER;
import static id.sinergi.cooperation.CooperationVariables.REPORT_MONTH;

import id.sinergi.kernel.clock.EngineClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The calendar of steps 6–7 inside the current PKS period: one disbursement report per month
 * of the period (due when the month has ended) and one evaluation per quarter (due when the
 * quarter has ended; the last quarter ends with the period). Used by the BPMN's timers and
 * loop gateways in the "Salurkan dan pantau" sub-process.
 */
@Component
public class CooperationSchedule {

  private final CooperationData data;
  private final CooperationService service;

  private final CooperationCases cases;

  CooperationSchedule(CooperationData data, CooperationService service, CooperationCases cases) {
    this.cases = cases;
    this.data = data;
    this.service = service;
  }

  /** Sub-process start: a (new) period begins with no month reported and no quarter evaluated. */
  public void startPeriod(DelegateExecution execution) {
    REPORT_MONTH.setLocal(execution, "");
    EVALUATION_QUARTER.setLocal(execution, 0);
    service.enterDistribution(cases.cooperationId(execution));
  }

  public void advanceReportMonth(DelegateExecution execution) {
    String current = REPORT_MONTH.get(execution);
    YearMonth next = current == null || current.isEmpty()
        ? YearMonth.from(period(execution).startDate) : YearMonth.parse(current).plusMonths(1);
    REPORT_MONTH.set(execution, next.toString());
  }

  public Date nextReportDue(DelegateExecution execution) {
    YearMonth month = YearMonth.parse(REPORT_MONTH.get(execution));
    return startOfDay(month.plusMonths(1).atDay(1));
  }

  public boolean hasMoreMonths(DelegateExecution execution) {
    YearMonth month = YearMonth.parse(REPORT_MONTH.get(execution));
    return month.isBefore(YearMonth.from(period(execution).endDate));
  }

  public void advanceQuarter(DelegateExecution execution) {
    EVALUATION_QUARTER.set(execution, quarter(execution) + 1);
  }

  public Date nextEvaluationDue(DelegateExecution execution) {
    return startOfDay(quarterEnd(period(execution), quarter(execution)));
  }

  public boolean hasMoreQuarters(DelegateExecution execution) {
    PksPeriod period = period(execution);
    return quarterEnd(period, quarter(execution)).isBefore(period.endDate.plusDays(1));
  }

  /** The first day after quarter n (1-based) of the period, never after the period's end. */
  static LocalDate quarterEnd(PksPeriod period, int quarter) {
    LocalDate end = period.startDate.plusMonths(3L * quarter);
    LocalDate afterPeriod = period.endDate.plusDays(1);
    return end.isAfter(afterPeriod) ? afterPeriod : end;
  }

  private static int quarter(DelegateExecution execution) {
    return (EVALUATION_QUARTER.get(execution)).intValue();
  }

  private PksPeriod period(DelegateExecution execution) {
    return data.currentPeriod(cases.cooperationId(execution));
  }

  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
  }
}
