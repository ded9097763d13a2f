package id.sinergi.umi;

import id.sinergi.datarequest.ImportError;
import id.sinergi.datarequest.sheet.SheetReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads one of UMi's spreadsheets (CSV or XLSX, through the OPD imports' {@link SheetReader})
 * into rows keyed by column, with the same row-level error report ({@link ImportError}): the
 * first non-empty row is the header, any column order, extra columns ignored.
 */
final class UmiSheet {

  static final int MAX_ERRORS = 5000;
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /** A column: its header as in the template, other headers accepted, whether required. */
  record Column(String key, String header, boolean required, String... aliases) {
    boolean matches(String text) {
      String normal = normal(text);
      if (normal.equals(normal(header)) || normal.equals(normal(key))) {
        return true;
      }
      for (String alias : aliases) {
        if (normal.equals(normal(alias))) {
          return true;
        }
      }
      return false;
    }
  }

  /** Collected errors: all counted, the first {@link #MAX_ERRORS} kept. */
  static final class Errors {
    final List<ImportError> list = new ArrayList<>();
    int count;

    void add(int row, String column, String value, String reason) {
      count++;
      if (list.size() < MAX_ERRORS) {
        list.add(new ImportError(row, column, value == null ? "" : value, reason));
      }
    }
  }

  private UmiSheet() {}

  /**
   * @return the number of data rows; each is handed to {@code row} with its values by key
   */
  static int read(byte[] content, List<Column> columns, Errors errors,
      BiConsumer<Integer, Map<String, String>> row) {
    int[] dataRows = {0};
    Column[][] header = {null};
    boolean[] broken = {false};
    SheetReader.read(content, (number, cells) -> {
      if (header[0] == null) {
        header[0] = new Column[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
          for (Column column : columns) {
            if (column.matches(cells.get(i))) {
              header[0][i] = column;
            }
          }
        }
        for (Column column : columns) {
          if (column.required() && java.util.Arrays.stream(header[0]).noneMatch(c -> c == column)) {
            broken[0] = true;
            errors.add(number, column.header(), "", "kolom wajib tidak ada di baris judul; "
                + "gunakan judul kolom: " + String.join(", ", columns.stream()
                    .map(Column::header).toList()));
          }
        }
        return;
      }
      dataRows[0]++;
      if (broken[0]) {
        return;
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < cells.size() && i < header[0].length; i++) {
        if (header[0][i] != null) {
          values.put(header[0][i].key(), cells.get(i) == null ? "" : cells.get(i).trim());
        }
      }
      row.accept(number, values);
    });
    if (header[0] == null || dataRows[0] == 0) {
      errors.add(header[0] == null ? 1 : 2, "-", "", "berkas tidak berisi baris data; isi mulai "
          + "baris 2 di bawah judul kolom");
    }
    return dataRows[0];
  }

  /** A whole-rupiah amount as people type it: 20000000, 20.000.000 or Rp20.000.000. */
  static BigDecimal rupiah(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.replace("Rp", "").replace("rp", "").replace(" ", "").trim();
    if (plain.matches("\\d{1,3}(\\.\\d{3})+")) {
      plain = plain.replace(".", "");
    }
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** yyyy-mm-dd (as XLSX date cells arrive) or dd/mm/yyyy (as people type). */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text, DMY);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  static String normal(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace("*", "")
        .replaceAll("[^a-z0-9]", "");
  }
}
