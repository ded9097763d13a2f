package id.sinergi.umi;

import id.sinergi.datarequest.ImportError;
import id.sinergi.kernel.Published;
import id.sinergi.kernel.clock.EngineClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The record of every UMi spreadsheet upload, accepted or refused, with its row errors. */
@Component
@Published
public class Uploads {

  public enum Kind { DEBTORS, SIKP }

  public enum Status { ACCEPTED, REJECTED }

  /** What became of an upload; {@code errors} holds at most {@link UmiSheet#MAX_ERRORS}. */
  public record Outcome(long uploadId, Status status, int rows, int errorCount, String message,
      List<ImportError> errors) {

    static Outcome of(long uploadId, Status status, int rows, int errorCount,
        List<ImportError> errors) {
      String message = status == Status.REJECTED
          ? "Berkas ditolak: " + errorCount + " kesalahan pada " + rows + " baris data. Tidak ada "
              + "data yang disimpan; perbaiki sesuai daftar kesalahan lalu unggah lagi."
          : rows + " baris tersimpan.";
      return new Outcome(uploadId, status, rows, errorCount, message, errors);
    }
  }

  record Upload(long id, Kind kind, long cooperationId, LocalDate reportMonth, String fileName,
      Status status, int rows, int errorCount, String uploadedBy, OffsetDateTime uploadedAt) {}

  private final JdbcTemplate jdbc;

  Uploads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long save(Kind kind, long cooperationId, LocalDate month, String fileName, Status status,
      int rows, UmiSheet.Errors errors, String who) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("insert into umi_upload (kind, cooperation_id, "
          + "report_month, file_name, status, row_count, error_count, uploaded_by, uploaded_at) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, kind.name());
      ps.setLong(2, cooperationId);
      ps.setObject(3, month);
      ps.setString(4, fileName == null ? null : truncate(fileName, 255));
      ps.setString(5, status.name());
      ps.setInt(6, rows);
      ps.setInt(7, errors.count);
      ps.setString(8, who);
      ps.setObject(9, EngineClock.nowUtc());
      return ps;
    }, key);
    long id = key.getKey().longValue();
    jdbc.batchUpdate("insert into umi_upload_error (upload_id, row_no, column_name, cell_value, "
        + "reason) values (?, ?, ?, ?, ?)", errors.list, 1000, (ps, e) -> {
          ps.setLong(1, id);
          ps.setInt(2, e.row());
          ps.setString(3, truncate(e.column(), 100));
          ps.setString(4, truncate(e.value(), 300));
          ps.setString(5, truncate(e.reason(), 500));
        });
    return id;
  }

  Upload byId(long id) {
    return jdbc.query("select * from umi_upload where id = ?", (rs, i) -> map(rs), id).stream()
        .findFirst().orElseThrow(() -> new id.sinergi.kernel.error.NotFoundException(
            "Unggahan " + id + " tidak ditemukan."));
  }

  List<Upload> ofCooperation(long cooperationId, Status status) {
    return jdbc.query("select * from umi_upload where cooperation_id = ? and status = ? "
        + "order by id", (rs, i) -> map(rs), cooperationId, status.name());
  }

  List<ImportError> errors(long uploadId) {
    return jdbc.query("select row_no, column_name, cell_value, reason from umi_upload_error "
        + "where upload_id = ? order by id", (rs, i) -> new ImportError(rs.getInt(1),
            rs.getString(2), rs.getString(3), rs.getString(4)), uploadId);
  }

  private static Upload map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Upload(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
        rs.getLong("cooperation_id"), rs.getObject("report_month", LocalDate.class),
        rs.getString("file_name"), Status.valueOf(rs.getString("status")),
        rs.getInt("row_count"), rs.getInt("error_count"), rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }

  static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
