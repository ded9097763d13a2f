package id.sinergi.datarequest;

import id.sinergi.datarequest.sheet.SheetReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns an uploaded business-actor file into validated rows. The first non-empty row is the
 * header (template headers or keys, any column order, extra columns ignored). Run once without a
 * sink to validate the whole file, then again with a sink to import it: the file is streamed
 * twice instead of holding 100,000 parsed rows.
 */
public final class ActorSheetParser {

  /**
   * @param dataRows rows with data (the header excluded)
   * @param errorCount all errors found
   * @param errors the first {@code maxErrors} of them, in file order
   */
  public record Result(int dataRows, int errorCount, List<ImportError> errors) {
    public boolean valid() {
      return errorCount == 0;
    }
  }

  private ActorSheetParser() {}

  public static Result parse(byte[] content, Consumer<ActorRecord> sink, int maxErrors) {
    Collector collector = new Collector(sink, maxErrors);
    SheetReader.read(content, collector::row);
    if (collector.columns == null || collector.dataRows == 0) {
      collector.error(new ImportError(collector.columns == null ? 1 : 2, "-", "",
          "berkas tidak berisi baris data pelaku usaha; isi mulai baris 2 di bawah judul kolom"));
    }
    return new Result(collector.dataRows, collector.errorCount, collector.errors);
  }

  private static final class Collector {
    private final Consumer<ActorRecord> sink;
    private final int maxErrors;
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Integer> nikRows = new HashMap<>();
    private ActorColumn[] columns;
    private int dataRows;
    private int errorCount;
    private boolean headerBroken;

    Collector(Consumer<ActorRecord> sink, int maxErrors) {
      this.sink = sink;
      this.maxErrors = maxErrors;
    }

    void error(ImportError error) {
      errorCount++;
      if (errors.size() < maxErrors) {
        errors.add(error);
      }
    }

    void row(int rowNumber, List<String> cells) {
      if (columns == null) {
        header(rowNumber, cells);
        return;
      }
      dataRows++;
      if (headerBroken) {
        return; // one header error says it all; no need to repeat it on every row
      }
      Map<ActorColumn, String> values = new EnumMap<>(ActorColumn.class);
      for (int i = 0; i < cells.size() && i < columns.length; i++) {
        if (columns[i] != null) {
          values.put(columns[i], cells.get(i));
        }
      }
      ActorRecord actor = ActorRowValidator.validate(rowNumber, values, this::error);
      if (actor == null) {
        return;
      }
      Integer first = nikRows.putIfAbsent(actor.nik(), rowNumber);
      if (first != null) {
        error(new ImportError(rowNumber, ActorColumn.NIK.header(), actor.nik(),
            "NIK sama dengan baris " + first + "; satu pelaku usaha cukup satu baris"));
      } else if (sink != null && errorCount == 0) {
        sink.accept(actor);
      }
    }

    private void header(int rowNumber, List<String> cells) {
      columns = new ActorColumn[cells.size()];
      Map<ActorColumn, Integer> seen = new EnumMap<>(ActorColumn.class);
      for (int i = 0; i < cells.size(); i++) {
        ActorColumn column = ActorColumn.fromHeader(cells.get(i));
        if (column != null && seen.putIfAbsent(column, i) == null) {
          columns[i] = column;
        } else if (column != null) {
          error(new ImportError(rowNumber, column.header(), cells.get(i),
              "judul kolom ini muncul dua kali"));
        }
      }
      for (ActorColumn column : ActorColumn.values()) {
        if (column.required() && !seen.containsKey(column)) {
          headerBroken = true;
          error(new ImportError(rowNumber, column.header(), "",
              "kolom wajib tidak ada di baris judul; gunakan templat"));
        }
      }
    }
  }
}
