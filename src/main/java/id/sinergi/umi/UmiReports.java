package id.sinergi.umi;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a Penyalur's monthly report against UMi's rules when it is submitted (called by the
 * cooperation's report form, inside its transaction, so a refusal keeps the task open): with a
 * debtor list, the list's own checks hold and its totals may not exceed the report's; without
 * one, the average per debtor must not exceed the ceiling in force on the month's last day.
 * Records which ceiling the report was checked against and recomputes the month's flags.
 */
@Service
@Published
public class UmiReports {

  /** A monthly report as the cooperation's form has validated it. */
  public record ReportToCheck(long cooperationId, LocalDate month, int debtors,
      BigDecimal amount, LocalDate periodStart, LocalDate periodEnd, String checkedBy) {}

  public enum Basis { DEBTOR_LIST, AVERAGE }

  public enum Result { PASSED, FLAGGED }

  /** The check's outcome: the ceiling it used, on which basis, and the flags raised. */
  public record Checked(long ceilingId, BigDecimal ceilingAmount, Basis basis, Result result,
      int flags) {}

  enum FlagKind {
    /** A debtor over the ceiling in force, accepted because the ceiling allows exceptions. */
    OVER_CEILING,
    /** A report without a list whose average per debtor is over the ceiling (exceptions). */
    AVERAGE_OVER_CEILING,
    /** The same NIK reported more than once in one PKS period. */
    DUPLICATE_IN_PERIOD,
    /** Reported while the latest SIKP check before the disbursement showed programme credit. */
    SIKP_PROGRAM_CREDIT
  }

  private final JdbcTemplate jdbc;
  private final Ceilings ceilings;

  public UmiReports(JdbcTemplate jdbc, Ceilings ceilings) {
    this.jdbc = jdbc;
    this.ceilings = ceilings;
  }

  static boolean checked(JdbcTemplate jdbc, long cooperationId, LocalDate month) {
    Integer count = jdbc.queryForObject("select count(*) from umi_report_check where "
        + "cooperation_id = ? and report_month = ?", Integer.class, cooperationId, month);
    return count != null && count > 0;
  }

  @Transactional
  public Checked check(ReportToCheck report) {
    LocalDate first = report.month().withDayOfMonth(1);
    LocalDate last = first.plusMonths(1).minusDays(1);
    OffsetDateTime now = EngineClock.nowUtc();
    Ceiling ceiling = ceilings.requireInForce(last, "month");
    record Listed(String nik, BigDecimal amount, LocalDate on, BigDecimal ceiling,
        String ceilingText, boolean over) {}
    List<Listed> listed = jdbc.query("select d.nik, d.amount, d.disbursed_on, c.amount, "
        + "c.valid_from, c.legal_basis from umi_debtor d join umi_ceiling c on c.id = d.ceiling_id "
        + "where d.cooperation_id = ? and d.report_month = ? order by d.row_no",
        (rs, i) -> {
          BigDecimal amount = rs.getBigDecimal(2);
          BigDecimal limit = rs.getBigDecimal(4);
          String text = UmiText.rupiah(limit) + " (berlaku sejak "
              + UmiText.date(rs.getObject(5, LocalDate.class)) + ", " + rs.getString(6) + ")";
          return new Listed(rs.getString(1), amount, rs.getObject(3, LocalDate.class), limit,
              text, amount.compareTo(limit) > 0);
        }, report.cooperationId(), first);
    List<Object[]> flags = new ArrayList<>();
    Basis basis;
    if (!listed.isEmpty()) {
      basis = Basis.DEBTOR_LIST;
      BigDecimal sum = listed.stream().map(Listed::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      List<FieldError> errors = new ArrayList<>();
      if (listed.size() > report.debtors()) {
        errors.add(new FieldError("debtorsReached", "daftar debitur yang diunggah berisi "
            + listed.size() + " debitur, lebih dari jumlah debitur laporan (" + report.debtors()
            + ")"));
      }
      if (sum.compareTo(report.amount()) > 0) {
        errors.add(new FieldError("amountDisbursed", "daftar debitur yang diunggah berjumlah "
            + UmiText.rupiah(sum) + ", lebih dari jumlah penyaluran laporan ("
            + UmiText.rupiah(report.amount()) + ")"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      for (Listed debtor : listed) {
        if (debtor.over()) {
          flags.add(flag(report, first, debtor.nik(), FlagKind.OVER_CEILING,
              UmiText.rupiah(debtor.amount()) + " pada " + UmiText.date(debtor.on())
                  + " melebihi plafon " + debtor.ceilingText()
                  + "; diterima sebagai pengecualian, menunggu tinjauan PIP", now));
        }
      }
    } else {
      basis = Basis.AVERAGE;
      if (report.debtors() == 0 && report.amount().signum() > 0) {
        throw new InvalidInputException("debtorsReached", "ada penyaluran "
            + UmiText.rupiah(report.amount()) + " tetapi jumlah debitur 0");
      }
      BigDecimal average = report.debtors() == 0 ? BigDecimal.ZERO
          : report.amount().divide(BigDecimal.valueOf(report.debtors()), 0, RoundingMode.HALF_UP);
      if (average.compareTo(ceiling.amount()) > 0) {
        String text = "rata-rata per debitur " + UmiText.rupiah(average) + " ("
            + UmiText.rupiah(report.amount()) + " untuk " + report.debtors()
            + " debitur) melebihi plafon per debitur " + ceiling.describe();
        if (!ceiling.exceptionsAllowed()) {
          throw new InvalidInputException("amountDisbursed", text + "; periksa angka laporan "
              + "atau unggah daftar debitur bulan ini");
        }
        flags.add(flag(report, first, null, FlagKind.AVERAGE_OVER_CEILING,
            text + "; menunggu tinjauan PIP", now));
      }
    }
    flags.addAll(duplicates(report, first, now));
    flags.addAll(sikpFindings(report, first, now));
    jdbc.update("delete from umi_flag where cooperation_id = ? and report_month = ?",
        report.cooperationId(), first);
    jdbc.batchUpdate("insert into umi_flag (cooperation_id, report_month, nik, kind, detail, "
        + "detected_at) values (?, ?, ?, ?, ?, ?)", flags);
    Result result = flags.isEmpty() ? Result.PASSED : Result.FLAGGED;
    jdbc.update("insert into umi_report_check (cooperation_id, report_month, basis, debtors, "
        + "amount, ceiling_id, result, checked_by, checked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.cooperationId(), first, basis.name(), report.debtors(), report.amount(),
        ceiling.id(), result.name(), report.checkedBy(), now);
    return new Checked(ceiling.id(), ceiling.amount(), basis, result, flags.size());
  }

  /** NIKs of this month's list also reported earlier in the PKS period, or twice this month. */
  private List<Object[]> duplicates(ReportToCheck report, LocalDate first, OffsetDateTime now) {
    Map<String, TreeSet<LocalDate>> months = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.query("select d.nik, d.report_month from umi_debtor d where d.cooperation_id = ? "
        + "and d.report_month between ? and ? and d.nik in (select nik from umi_debtor "
        + "where cooperation_id = ? and report_month = ?) order by d.nik, d.report_month",
        rs -> {
          String nik = rs.getString(1);
          months.computeIfAbsent(nik, k -> new TreeSet<>())
              .add(rs.getObject(2, LocalDate.class));
          counts.merge(nik, 1, Integer::sum);
        }, report.cooperationId(), report.periodStart().withDayOfMonth(1), report.periodEnd(),
        report.cooperationId(), first);
    List<Object[]> flags = new ArrayList<>();
    counts.forEach((nik, count) -> {
      if (count > 1) {
        flags.add(flag(report, first, nik, FlagKind.DUPLICATE_IN_PERIOD, "dilaporkan " + count
            + " kali dalam periode PKS " + UmiText.date(report.periodStart()) + " s.d. "
            + UmiText.date(report.periodEnd()) + " (bulan " + String.join(", ",
                months.get(nik).stream().map(UmiText::month).toList()) + ")", now));
      }
    });
    return flags;
  }

  /** Debtors whose latest SIKP check on or before the disbursement found programme credit. */
  private List<Object[]> sikpFindings(ReportToCheck report, LocalDate first, OffsetDateTime now) {
    List<Object[]> flags = new ArrayList<>();
    jdbc.query("select d.nik, d.disbursed_on, s.checked_on, s.checked_by from umi_debtor d "
        + "join umi_sikp_check s on s.nik = d.nik where d.cooperation_id = ? "
        + "and d.report_month = ? and s.result = 'HAS_PROGRAM_CREDIT' "
        + "and s.id = (select max(l.id) from umi_sikp_check l where l.nik = d.nik "
        + "and l.checked_on = (select max(m.checked_on) from umi_sikp_check m "
        + "where m.nik = d.nik and m.checked_on <= d.disbursed_on)) order by d.row_no",
        rs -> {
          flags.add(flag(report, first, rs.getString(1), FlagKind.SIKP_PROGRAM_CREDIT,
              "disalurkan " + UmiText.date(rs.getObject(2, LocalDate.class))
                  + " padahal pemeriksaan SIKP " + UmiText.date(rs.getObject(3, LocalDate.class))
                  + " oleh " + rs.getString(4) + " menunjukkan kredit program lain", now));
        }, report.cooperationId(), first);
    return flags;
  }

  private static Object[] flag(ReportToCheck report, LocalDate month, String nik, FlagKind kind,
      String detail, OffsetDateTime now) {
    return new Object[] {report.cooperationId(), month, nik, kind.name(),
        Uploads.truncate(detail, 1000), now};
  }
}
