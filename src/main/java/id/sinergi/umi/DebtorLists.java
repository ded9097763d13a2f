package id.sinergi.umi;

import id.sinergi.datarequest.Nik;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.error.ConflictException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Penyalur's debtor list of a month (NIK, amount, disbursement date) as a spreadsheet. Each
 * debtor's amount is checked against the ceiling in force on its disbursement date: over it,
 * the row is refused with the reason, unless that ceiling allows exceptions (then the debtor is
 * accepted and flagged for PIP's review when the month's report is checked). All or nothing: one
 * bad row refuses the file with a stored row-level report; an accepted file replaces the month's
 * earlier list until the month's report has been checked.
 */
@Service
class DebtorLists {

  static final UmiSheet.Column NIK = new UmiSheet.Column("nik", "NIK", true, "NIK debitur");
  static final UmiSheet.Column AMOUNT = new UmiSheet.Column("amount", "Jumlah (Rp)", true,
      "Jumlah", "Nilai pembiayaan", "Plafon debitur", "Jumlah penyaluran");
  static final UmiSheet.Column DATE = new UmiSheet.Column("disbursedOn", "Tanggal penyaluran",
      true, "Tanggal", "Tanggal pencairan", "disbursementDate");
  static final List<UmiSheet.Column> COLUMNS = List.of(NIK, AMOUNT, DATE);

  record Debtor(int row, String nik, BigDecimal amount, LocalDate disbursedOn, long ceilingId) {}

  private final Ceilings ceilings;
  private final Uploads uploads;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  DebtorLists(Ceilings ceilings, Uploads uploads, JdbcTemplate jdbc,
      TransactionTemplate transaction) {
    this.ceilings = ceilings;
    this.uploads = uploads;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  Uploads.Outcome upload(long cooperationId, YearMonth month, String fileName, byte[] content,
      Caller caller) {
    LocalDate first = month.atDay(1);
    if (UmiReports.checked(jdbc, cooperationId, first)) {
      throw new ConflictException("Laporan bulan " + UmiText.month(first) + " sudah diperiksa "
          + "terhadap plafon; daftar debiturnya tidak dapat diganti lagi.");
    }
    UmiSheet.Errors errors = new UmiSheet.Errors();
    List<Debtor> debtors = new ArrayList<>();
    int rows = UmiSheet.read(content, COLUMNS, errors, (row, values) -> {
      Debtor debtor = validate(row, values, month, errors);
      if (debtor != null) {
        debtors.add(debtor);
      }
    });
    Uploads.Status status = errors.count == 0 ? Uploads.Status.ACCEPTED : Uploads.Status.REJECTED;
    long id = transaction.execute(tx -> {
      long uploadId = uploads.save(Uploads.Kind.DEBTORS, cooperationId, first, fileName, status,
          rows, errors, caller.who());
      if (status == Uploads.Status.ACCEPTED) {
        jdbc.update("delete from umi_debtor where cooperation_id = ? and report_month = ?",
            cooperationId, first);
        jdbc.batchUpdate("insert into umi_debtor (upload_id, cooperation_id, report_month, row_no, "
            + "nik, amount, disbursed_on, ceiling_id) values (?, ?, ?, ?, ?, ?, ?, ?)", debtors,
            1000, (ps, d) -> {
              ps.setLong(1, uploadId);
              ps.setLong(2, cooperationId);
              ps.setObject(3, first);
              ps.setInt(4, d.row());
              ps.setString(5, d.nik());
              ps.setBigDecimal(6, d.amount());
              ps.setObject(7, d.disbursedOn());
              ps.setLong(8, d.ceilingId());
            });
      }
      return uploadId;
    });
    return Uploads.Outcome.of(id, status, rows, errors.count, errors.list);
  }

  private Debtor validate(int row, java.util.Map<String, String> values, YearMonth month,
      UmiSheet.Errors errors) {
    int before = errors.count;
    String nik = values.getOrDefault(NIK.key(), "");
    String problem = Nik.problem(nik);
    if (problem != null) {
      errors.add(row, NIK.header(), nik, problem);
    }
    String amountText = values.getOrDefault(AMOUNT.key(), "");
    BigDecimal amount = UmiSheet.rupiah(amountText);
    if (amount == null) {
      errors.add(row, AMOUNT.header(), amountText, amountText.isBlank() ? "wajib diisi"
          : "harus berupa angka rupiah, contoh 15000000 atau 15.000.000");
    } else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
      errors.add(row, AMOUNT.header(), amountText, "harus rupiah penuh lebih dari 0");
      amount = null;
    }
    String dateText = values.getOrDefault(DATE.key(), "");
    LocalDate date = UmiSheet.date(dateText);
    if (date == null) {
      errors.add(row, DATE.header(), dateText, dateText.isBlank() ? "wajib diisi"
          : "tanggal tidak valid; tulis dd/mm/yyyy, contoh 15/03/2026");
    } else if (!YearMonth.from(date).equals(month)) {
      errors.add(row, DATE.header(), dateText, "tanggal " + UmiText.date(date)
          + " di luar bulan laporan " + UmiText.month(month.atDay(1)));
      date = null;
    }
    if (amount == null || date == null) {
      return null;
    }
    var ceiling = ceilings.inForce(date);
    if (ceiling.isEmpty()) {
      errors.add(row, DATE.header(), dateText, "tidak ada plafon UMi yang berlaku pada "
          + UmiText.date(date));
      return null;
    }
    if (amount.compareTo(ceiling.get().amount()) > 0 && !ceiling.get().exceptionsAllowed()) {
      errors.add(row, AMOUNT.header(), amountText, UmiText.rupiah(amount)
          + " melebihi plafon per debitur " + ceiling.get().describe()
          + "; PIP tidak membuka pengecualian untuk plafon ini");
    }
    return errors.count == before
        ? new Debtor(row, nik, amount, date, ceiling.get().id()) : null;
  }
}
