package id.sinergi.umi;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-debtor ceiling as a dated, append-only setting (DOMAIN.md: Rp10 juta 2017–2018, Rp20
 * juta by the 2020 regulation, set by PIP since PMK 130/2024). Administrators add rows; nobody
 * changes or deletes one, so every checked report keeps pointing at the row it was checked
 * against.
 */
@Service
@Published
public class Ceilings {

  /** The largest ceiling an administrator may enter (a typo guard, far above any UMi rule). */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  /** A new row, as an administrator sends it. */
  public record NewCeiling(BigDecimal amount, LocalDate validFrom, String legalBasis,
      Boolean exceptionsAllowed, String reason) {}

  /** A monthly report and the check made of it against a ceiling row. */
  public record CheckedReport(long cooperationId, String month, String basis, int debtors,
      BigDecimal amount, String result, String checkedBy, OffsetDateTime checkedAt) {}

  private static final String COLUMNS = "id, amount, valid_from, legal_basis, exceptions_allowed, "
      + "date_assumed, reason, created_by, created_at";

  private final JdbcTemplate jdbc;

  public Ceilings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every row, oldest validity first (ties: the later entry wins, so it is listed last). */
  @Transactional(readOnly = true)
  public List<Ceiling> all() {
    return jdbc.query("select " + COLUMNS + " from umi_ceiling order by valid_from, id",
        Ceilings::map);
  }

  /** The ceiling in force on the day: the latest-valid row from that day or earlier. */
  @Transactional(readOnly = true)
  public Optional<Ceiling> inForce(LocalDate day) {
    return jdbc.query("select " + COLUMNS + " from umi_ceiling where valid_from <= ? "
        + "order by valid_from desc, id desc", Ceilings::map, day).stream().findFirst();
  }

  /** Like {@link #inForce} for code that cannot go on without one: 400 on the field. */
  public Ceiling requireInForce(LocalDate day, String field) {
    return inForce(day).orElseThrow(() -> new InvalidInputException(field,
        "tidak ada plafon UMi yang berlaku pada " + UmiText.date(day)
            + "; administrator perlu mencatat plafon terlebih dahulu"));
  }

  @Transactional(readOnly = true)
  public Ceiling byId(long id) {
    return jdbc.query("select " + COLUMNS + " from umi_ceiling where id = ?", Ceilings::map, id)
        .stream().findFirst().orElseThrow();
  }

  /** The reports checked against the row, oldest month first; 404 for an unknown row. */
  @Transactional(readOnly = true)
  public List<CheckedReport> reportsCheckedAgainst(long ceilingId) {
    if (jdbc.queryForObject("select count(*) from umi_ceiling where id = ?", Integer.class,
        ceilingId) == 0) {
      throw new id.sinergi.kernel.error.NotFoundException("Plafon " + ceilingId
          + " tidak ditemukan.");
    }
    return jdbc.query("select cooperation_id, report_month, basis, debtors, amount, result, "
        + "checked_by, checked_at from umi_report_check where ceiling_id = ? "
        + "order by report_month, cooperation_id", (rs, i) -> new CheckedReport(rs.getLong(1),
            UmiText.month(rs.getObject(2, LocalDate.class)), rs.getString(3), rs.getInt(4),
            rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, OffsetDateTime.class)), ceilingId);
  }

  /**
   * Adds a row (administrators only). A row valid from a day on or before the last month already
   * checked against an earlier ceiling would change what that check meant: it needs a reason.
   */
  @Transactional
  public Ceiling add(NewCeiling request, Caller caller) {
    if (!caller.admin()) {
      throw new ForbiddenException("Hanya administrator yang dapat mencatat plafon UMi.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (request.amount() == null) {
      errors.add(new FieldError("amount", "Plafon (Rp)", "wajib diisi"));
    } else if (request.amount().signum() <= 0) {
      errors.add(new FieldError("amount", "Plafon (Rp)", "harus lebih dari 0"));
    } else if (request.amount().stripTrailingZeros().scale() > 0) {
      errors.add(new FieldError("amount", "Plafon (Rp)", "harus rupiah penuh, tanpa sen"));
    } else if (request.amount().compareTo(MAX_AMOUNT) > 0) {
      errors.add(new FieldError("amount", "Plafon (Rp)", "paling besar "
          + UmiText.rupiah(MAX_AMOUNT) + "; periksa jumlah nol"));
    }
    if (request.validFrom() == null) {
      errors.add(new FieldError("validFrom", "Berlaku sejak", "wajib diisi (yyyy-mm-dd)"));
    }
    String basis = request.legalBasis() == null ? "" : request.legalBasis().trim();
    if (basis.length() < 5) {
      errors.add(new FieldError("legalBasis", "Dasar hukum",
          "wajib diisi, minimal 5 karakter (contoh: Keputusan Direktur Utama PIP nomor ...)"));
    } else if (basis.length() > 500) {
      errors.add(new FieldError("legalBasis", "Dasar hukum", "paling banyak 500 karakter"));
    }
    String reason = request.reason() == null ? null : request.reason().trim();
    if (reason != null && reason.length() > 1000) {
      errors.add(new FieldError("reason", "Alasan", "paling banyak 1000 karakter"));
    }
    if (request.validFrom() != null) {
      LocalDate lastChecked = jdbc.queryForObject(
          "select max(report_month) from umi_report_check", LocalDate.class);
      if (lastChecked != null && !request.validFrom().isAfter(lastChecked.plusMonths(1).minusDays(1))
          && (reason == null || reason.length() < 10)) {
        errors.add(new FieldError("reason", "Alasan", "plafon yang berlaku sejak "
            + UmiText.date(request.validFrom()) + " mencakup laporan yang sudah diperiksa "
            + "(terakhir bulan " + UmiText.month(lastChecked) + "); tulis alasannya, minimal 10 "
            + "karakter. Laporan yang sudah diperiksa tetap tercatat dengan plafon lamanya."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OffsetDateTime now = EngineClock.nowUtc();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("insert into umi_ceiling (amount, valid_from, "
          + "legal_basis, exceptions_allowed, date_assumed, reason, created_by, created_at) "
          + "values (?, ?, ?, ?, false, ?, ?, ?)", new String[] {"id"});
      ps.setBigDecimal(1, request.amount());
      ps.setObject(2, request.validFrom());
      ps.setString(3, basis);
      ps.setBoolean(4, Boolean.TRUE.equals(request.exceptionsAllowed()));
      ps.setString(5, reason == null || reason.isEmpty() ? null : reason);
      ps.setString(6, caller.who());
      ps.setObject(7, now);
      return ps;
    }, key);
    return byId(key.getKey().longValue());
  }

  static Ceiling map(ResultSet rs, int row) throws SQLException {
    return new Ceiling(rs.getLong("id"), rs.getBigDecimal("amount"),
        rs.getObject("valid_from", LocalDate.class), rs.getString("legal_basis"),
        rs.getBoolean("exceptions_allowed"), rs.getBoolean("date_assumed"),
        rs.getString("reason"), rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
