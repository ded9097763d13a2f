package id.sinergi.umi;

import id.sinergi.datarequest.ImportError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What PIP (and everyone else who reads the cooperation's case) sees of a cooperation's UMi
 * data: the reports and the ceiling each was checked against, the debtors reported, the SIKP
 * checks recorded, refused uploads with their reasons, and the flags for PIP's review.
 */
@Component
class UmiOverview {

  record ReportCheckView(String month, String basis, int debtors, BigDecimal amount,
      long ceilingId, BigDecimal ceilingAmount, LocalDate ceilingValidFrom, String legalBasis,
      String result, String checkedBy, OffsetDateTime checkedAt) {}

  record DebtorView(String month, String nik, BigDecimal amount, LocalDate disbursedOn,
      BigDecimal ceilingAmount, String sikpResult, LocalDate sikpCheckedOn) {}

  record RefusalView(long uploadId, String kind, String month, String fileName, int rows,
      int errorCount, String uploadedBy, OffsetDateTime uploadedAt, List<ImportError> errors) {}

  record FlagView(String month, String nik, String kind, String detail) {}

  record View(long cooperationId, String pemdaCode, List<String> penyalur,
      List<ReportCheckView> reports, List<DebtorView> debtors, List<SikpChecks.SikpCheck> sikpChecks,
      List<RefusalView> refusals, List<FlagView> flags) {}

  private final JdbcTemplate jdbc;
  private final SikpChecks sikp;
  private final Uploads uploads;

  UmiOverview(JdbcTemplate jdbc, SikpChecks sikp, Uploads uploads) {
    this.jdbc = jdbc;
    this.sikp = sikp;
    this.uploads = uploads;
  }

  @Transactional(readOnly = true)
  View of(long cooperationId, String pemdaCode, List<String> penyalur) {
    List<ReportCheckView> reports = jdbc.query("select r.report_month, r.basis, r.debtors, "
        + "r.amount, c.id, c.amount, c.valid_from, c.legal_basis, r.result, r.checked_by, "
        + "r.checked_at from umi_report_check r join umi_ceiling c on c.id = r.ceiling_id "
        + "where r.cooperation_id = ? order by r.report_month", (rs, i) -> new ReportCheckView(
            UmiText.month(rs.getObject(1, LocalDate.class)), rs.getString(2), rs.getInt(3),
            rs.getBigDecimal(4), rs.getLong(5), rs.getBigDecimal(6),
            rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getObject(11, OffsetDateTime.class)), cooperationId);
    List<DebtorView> debtors = jdbc.query("select d.report_month, d.nik, d.amount, "
        + "d.disbursed_on, c.amount, (select s.result from umi_sikp_check s where s.nik = d.nik "
        + "and s.checked_on <= d.disbursed_on order by s.checked_on desc, s.id desc "
        + "fetch first 1 rows only), (select max(s.checked_on) from umi_sikp_check s "
        + "where s.nik = d.nik and s.checked_on <= d.disbursed_on) from umi_debtor d "
        + "join umi_ceiling c on c.id = d.ceiling_id where d.cooperation_id = ? "
        + "order by d.report_month, d.row_no", (rs, i) -> new DebtorView(
            UmiText.month(rs.getObject(1, LocalDate.class)), rs.getString(2),
            rs.getBigDecimal(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5),
            rs.getString(6), rs.getObject(7, LocalDate.class)), cooperationId);
    List<RefusalView> refusals = uploads.ofCooperation(cooperationId, Uploads.Status.REJECTED)
        .stream().map(u -> new RefusalView(u.id(), u.kind().name(),
            u.reportMonth() == null ? null : UmiText.month(u.reportMonth()), u.fileName(),
            u.rows(), u.errorCount(), u.uploadedBy(), u.uploadedAt(),
            uploads.errors(u.id()).stream().limit(100).toList())).toList();
    List<FlagView> flags = jdbc.query("select report_month, nik, kind, detail from umi_flag "
        + "where cooperation_id = ? order by report_month, id", (rs, i) -> new FlagView(
            UmiText.month(rs.getObject(1, LocalDate.class)), rs.getString(2), rs.getString(3),
            rs.getString(4)), cooperationId);
    return new View(cooperationId, pemdaCode, penyalur, reports, debtors,
        sikp.ofCooperation(cooperationId), refusals, flags);
  }
}
