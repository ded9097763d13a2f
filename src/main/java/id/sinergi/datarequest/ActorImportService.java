package id.sinergi.datarequest;

import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.operations.ImportLog;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports business-actor lists: all or nothing. The whole file is validated first; any bad row
 * refuses it with a stored error report. A valid file replaces the request's earlier list in
 * one transaction, merged by NIK into the shared actor table.
 */
@Service
public class ActorImportService {

  /** A report beyond this many errors helps nobody; the count still says how many there were. */
  public static final int MAX_REPORTED_ERRORS = 5000;
  private static final int CHUNK = 1000;

  /** What became of an upload; {@code errors} holds at most {@link #MAX_REPORTED_ERRORS}. */
  public record Outcome(long importId, ImportRecord.Status status, int rows, int errorCount,
      List<ImportError> errors) {}

  /** Rows typed in a form or sent by an OPD's system, validated together. */
  public record Validated(List<ActorRecord> actors, List<ImportError> errors) {}

  private final ActorStore store;
  private final ImportRecordRepository imports;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ImportLog importLog;
  private final ImportLock lock;

  public ActorImportService(ActorStore store, ImportRecordRepository imports, JdbcTemplate jdbc,
      TransactionTemplate transaction, ImportLog importLog, ImportLock lock) {
    this.lock = lock;
    this.importLog = importLog;
    this.store = store;
    this.imports = imports;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /**
   * Validates, then imports, the file; one import per request at a time (a second one at the
   * same moment gets a 409 from {@link ImportLock}).
   */
  public Outcome importFile(OpdRequest request, String fileName, byte[] content, String userId) {
    lock.acquire(request.getId(), userId, now());
    try {
      return importLocked(request, fileName, content, userId);
    } finally {
      lock.release(request.getId());
    }
  }

  private Outcome importLocked(OpdRequest request, String fileName, byte[] content,
      String userId) {
    long started = System.nanoTime();
    ActorSheetParser.Result check = ActorSheetParser.parse(content, null, MAX_REPORTED_ERRORS);
    OffsetDateTime now = now();
    if (!check.valid()) {
      ImportRecord rejected = transaction.execute(tx -> {
        ImportRecord record = imports.save(new ImportRecord(request.getId(), fileName,
            ImportRecord.Status.REJECTED, check.dataRows(), check.errorCount(), userId, now));
        saveErrors(record.getId(), check.errors());
        return record;
      });
      log(ImportLog.Outcome.REFUSED, request, fileName, userId, check.dataRows(),
          check.errorCount(), started);
      return new Outcome(rejected.getId(), ImportRecord.Status.REJECTED, check.dataRows(),
          check.errorCount(), check.errors());
    }
    ImportRecord imported = transaction.execute(tx -> {
      store.deleteEntriesOf(request.getId());
      List<ActorRecord> chunk = new ArrayList<>(CHUNK);
      ActorSheetParser.parse(content, actor -> {
        chunk.add(actor);
        if (chunk.size() == CHUNK) {
          store.merge(request, chunk, now, false);
          chunk.clear();
        }
      }, 1);
      store.merge(request, chunk, now, false);
      return imports.save(new ImportRecord(request.getId(), fileName,
          ImportRecord.Status.IMPORTED, check.dataRows(), 0, userId, now));
    });
    log(ImportLog.Outcome.IMPORTED, request, fileName, userId, check.dataRows(), 0, started);
    return new Outcome(imported.getId(), ImportRecord.Status.IMPORTED, check.dataRows(), 0,
        List.of());
  }

  private void log(ImportLog.Outcome outcome, OpdRequest request, String fileName, String userId,
      long rows, long errors, long started) {
    importLog.record(new ImportLog.Entry("business-actors", outcome, userId,
        request.getPemdaCode(), "data-request-" + request.getCaseId() + "/opd-request-"
            + request.getId(), fileName, rows, errors,
        java.time.Duration.ofNanos(System.nanoTime() - started)));
  }

  /** Validates entries from the form or REST; numbered from 1 in list order. */
  public static Validated validate(List<Map<ActorColumn, String>> rows) {
    List<ActorRecord> actors = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ActorRecord actor = ActorRowValidator.validate(i + 1, rows.get(i), errors::add);
      if (actor == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(actor.nik(), i + 1);
      if (first != null) {
        errors.add(new ImportError(i + 1, ActorColumn.NIK.header(), actor.nik(),
            "NIK sama dengan entri " + first));
      } else {
        actors.add(actor);
      }
    }
    return new Validated(actors, errors);
  }

  /** Adds validated entries to what the request already listed (e.g. after an upload). */
  public void add(OpdRequest request, List<ActorRecord> actors) {
    store.merge(request, actors, now());
  }

  public List<ImportError> errorsOf(long importId) {
    return jdbc.query("select row_no, column_name, cell_value, reason from "
        + "datarequest_import_error where import_id = ? order by id",
        (rs, i) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3),
            rs.getString(4)), importId);
  }

  private void saveErrors(long importId, List<ImportError> errors) {
    jdbc.batchUpdate("insert into datarequest_import_error (import_id, row_no, column_name, "
        + "cell_value, reason) values (?, ?, ?, ?, ?)", errors, 1000, (ps, e) -> {
          ps.setLong(1, importId);
          ps.setInt(2, e.row());
          ps.setString(3, truncate(e.column(), 100));
          ps.setString(4, truncate(e.value(), 300));
          ps.setString(5, truncate(e.reason(), 500));
        });
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(
        id.sinergi.kernel.clock.EngineClock.ZONE).toOffsetDateTime();
  }
}
