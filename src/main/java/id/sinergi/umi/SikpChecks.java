package id.sinergi.umi;

import id.sinergi.datarequest.Nik;
import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SIKP checks by NIK. SIKP (the Ministry of Finance's programme-credit system) has no public
 * API: an authorised user of the Penyalur looks the NIK up and records the result here, in a
 * Tasklist task (a referral's "Periksa SIKP calon debitur") or in bulk by spreadsheet. Who
 * checked is always the caller, never a submitted value.
 */
@Service
@Published
public class SikpChecks {

  public enum SikpResult {
    CLEAR("Bersih: tidak ada kredit program lain"),
    HAS_PROGRAM_CREDIT("Ada kredit program pemerintah lain di SIKP");

    public final String label;

    SikpResult(String label) {
      this.label = label;
    }
  }

  /** A check to record; {@code checkedBy} comes from the kernel's caller. */
  public record NewSikpCheck(String nik, SikpResult result, LocalDate checkedOn,
      String checkedBy, String penyalurCode, Long cooperationId, String processInstanceId,
      Long proofDocumentId, String notes) {}

  public record SikpCheck(long id, String nik, SikpResult result, LocalDate checkedOn,
      String checkedBy, String penyalurCode, Long cooperationId, String processInstanceId,
      Long proofDocumentId, String notes, OffsetDateTime recordedAt) {}

  static final UmiSheet.Column NIK = new UmiSheet.Column("nik", "NIK", true);
  static final UmiSheet.Column RESULT = new UmiSheet.Column("result", "Hasil SIKP", true,
      "Hasil", "Hasil pemeriksaan");
  static final UmiSheet.Column DATE = new UmiSheet.Column("checkedOn", "Tanggal periksa", true,
      "Tanggal", "Tanggal pemeriksaan");
  static final UmiSheet.Column NOTES = new UmiSheet.Column("notes", "Catatan", false);

  private final JdbcTemplate jdbc;
  private final Uploads uploads;
  private final TransactionTemplate transaction;

  SikpChecks(JdbcTemplate jdbc, Uploads uploads, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.uploads = uploads;
    this.transaction = transaction;
  }

  /** Records one check; 400 naming the field when the NIK or the date is wrong. */
  @Transactional
  public SikpCheck record(NewSikpCheck check) {
    List<FieldError> errors = new ArrayList<>();
    String problem = Nik.problem(check.nik());
    if (problem != null) {
      errors.add(new FieldError("nik", "NIK", problem));
    }
    if (check.result() == null) {
      errors.add(new FieldError("sikpResult", "Hasil SIKP", "pilih Bersih atau Ada kredit program"));
    }
    String dateProblem = dateProblem(check.checkedOn());
    if (dateProblem != null) {
      errors.add(new FieldError("checkedOn", "Tanggal periksa", dateProblem));
    }
    if (check.notes() != null && check.notes().length() > 1000) {
      errors.add(new FieldError("notes", "Catatan", "paling banyak 1000 karakter"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return byId(insert(check));
  }

  /** The latest check recorded in a process (e.g. a referral's SIKP task). */
  @Transactional(readOnly = true)
  public Optional<SikpCheck> latestOfProcess(String processInstanceId) {
    return jdbc.query("select * from umi_sikp_check where process_instance_id = ? "
        + "order by id desc", (rs, i) -> map(rs), processInstanceId).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<SikpCheck> ofCooperation(long cooperationId) {
    return jdbc.query("select * from umi_sikp_check where cooperation_id = ? order by "
        + "checked_on, id", (rs, i) -> map(rs), cooperationId);
  }

  /** Bulk checks by spreadsheet (NIK, Hasil SIKP, Tanggal periksa, Catatan): all or nothing. */
  Uploads.Outcome importFile(long cooperationId, String penyalurCode, String fileName,
      byte[] content, Caller caller) {
    UmiSheet.Errors errors = new UmiSheet.Errors();
    List<NewSikpCheck> checks = new ArrayList<>();
    int rows = UmiSheet.read(content, List.of(NIK, RESULT, DATE, NOTES), errors,
        (row, values) -> {
          NewSikpCheck check = validate(row, values, errors, cooperationId, penyalurCode,
              caller.who());
          if (check != null) {
            checks.add(check);
          }
        });
    Uploads.Status status = errors.count == 0 ? Uploads.Status.ACCEPTED : Uploads.Status.REJECTED;
    long id = transaction.execute(tx -> {
      long uploadId = uploads.save(Uploads.Kind.SIKP, cooperationId, null, fileName, status,
          rows, errors, caller.who());
      if (status == Uploads.Status.ACCEPTED) {
        checks.forEach(this::insert);
      }
      return uploadId;
    });
    return Uploads.Outcome.of(id, status, rows, errors.count, errors.list);
  }

  private NewSikpCheck validate(int row, Map<String, String> values, UmiSheet.Errors errors,
      long cooperationId, String penyalurCode, String who) {
    int before = errors.count;
    String nik = values.getOrDefault(NIK.key(), "");
    String problem = Nik.problem(nik);
    if (problem != null) {
      errors.add(row, NIK.header(), nik, problem);
    }
    String resultText = values.getOrDefault(RESULT.key(), "");
    SikpResult result = result(resultText);
    if (result == null) {
      errors.add(row, RESULT.header(), resultText, "tulis BERSIH atau ADA_KREDIT_PROGRAM "
          + "(juga diterima: CLEAR, HAS_PROGRAM_CREDIT)");
    }
    String dateText = values.getOrDefault(DATE.key(), "");
    LocalDate date = UmiSheet.date(dateText);
    String dateProblem = date == null ? (dateText.isBlank() ? "wajib diisi"
        : "tanggal tidak valid; tulis dd/mm/yyyy, contoh 15/03/2026") : dateProblem(date);
    if (dateProblem != null) {
      errors.add(row, DATE.header(), dateText, dateProblem);
    }
    String notes = values.get(NOTES.key());
    if (notes != null && notes.length() > 1000) {
      errors.add(row, NOTES.header(), notes.substring(0, 50), "paling banyak 1000 karakter");
    }
    return errors.count == before ? new NewSikpCheck(nik, result, date, who, penyalurCode,
        cooperationId, null, null, notes == null || notes.isBlank() ? null : notes) : null;
  }

  static SikpResult result(String text) {
    String normal = UmiSheet.normal(text).toUpperCase(Locale.ROOT);
    return switch (normal) {
      case "CLEAR", "BERSIH", "TIDAKADA", "TIDAKADAKREDITPROGRAM" -> SikpResult.CLEAR;
      case "HASPROGRAMCREDIT", "ADA", "ADAKREDITPROGRAM" -> SikpResult.HAS_PROGRAM_CREDIT;
      default -> null;
    };
  }

  private static String dateProblem(LocalDate date) {
    if (date == null) {
      return "wajib diisi";
    }
    if (date.isAfter(EngineClock.today())) {
      return "tanggal periksa " + UmiText.date(date) + " belum terjadi";
    }
    return null;
  }

  private long insert(NewSikpCheck check) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("insert into umi_sikp_check (nik, result, checked_on, "
          + "checked_by, penyalur_code, cooperation_id, process_instance_id, proof_document_id, "
          + "notes, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, check.nik());
      ps.setString(2, check.result().name());
      ps.setObject(3, check.checkedOn());
      ps.setString(4, check.checkedBy());
      ps.setString(5, check.penyalurCode());
      ps.setObject(6, check.cooperationId());
      ps.setString(7, check.processInstanceId());
      ps.setObject(8, check.proofDocumentId());
      ps.setString(9, check.notes());
      ps.setObject(10, EngineClock.nowUtc());
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  private SikpCheck byId(long id) {
    return jdbc.query("select * from umi_sikp_check where id = ?", (rs, i) -> map(rs), id)
        .get(0);
  }

  private static SikpCheck map(java.sql.ResultSet rs) throws java.sql.SQLException {
    long coop = rs.getLong("cooperation_id");
    Long cooperationId = rs.wasNull() ? null : coop;
    long doc = rs.getLong("proof_document_id");
    Long documentId = rs.wasNull() ? null : doc;
    return new SikpCheck(rs.getLong("id"), rs.getString("nik"),
        SikpResult.valueOf(rs.getString("result")), rs.getObject("checked_on", LocalDate.class),
        rs.getString("checked_by"), rs.getString("penyalur_code"), cooperationId,
        rs.getString("process_instance_id"), documentId, rs.getString("notes"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
