package id.sinergi.datarequest.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the first sheet of an XLSX file (fastexcel-reader, StAX) instead of building Apache
 * POI's whole workbook model, which needs hundreds of MB for 100,000 rows. Cells become the text
 * a person sees: a NIK typed as a number keeps all its digits without exponent or ".0", a date
 * cell becomes yyyy-mm-dd, a formula gives its cached result.
 */
final class XlsxSheetReader {

  private static final Pattern DATE_FORMAT = Pattern.compile("[dmyDMY]");
  private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

  private XlsxSheetReader() {}

  static void read(byte[] content, SheetRowHandler handler, SheetLimits limits)
      throws IOException {
    XlsxGuard.check(content, limits);
    long started = System.nanoTime();
    int rowCount = 0;
    try (ReadableWorkbook workbook = open(content);
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      boolean date1904 = workbook.isDate1904();
      Iterator<Row> iterator = rows.iterator();
      while (true) {
        List<String> cells;
        int rowNumber;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          Row row = iterator.next();
          rowNumber = row.getRowNum();
          cells = new ArrayList<>(Math.min(row.getCellCount(), 64));
          for (int i = 0; i < row.getCellCount(); i++) {
            String text = text(row.getCell(i), date1904);
            if (text.length() > limits.maxCellChars()) {
              throw SheetBounds.cellTooLong(rowNumber, i, limits);
            }
            cells.add(text);
          }
        } catch (UnreadableSheetException e) {
          throw e;
        } catch (RuntimeException e) {
          // fastexcel reports malformed XML, references and values as unchecked exceptions of
          // several kinds; the rows handed on before stay valid.
          throw new UnreadableSheetException("Berkas XLSX tidak dapat dibaca: isinya tidak "
              + "sesuai format Excel. Simpan ulang dari Excel lalu unggah lagi.");
        }
        SheetBounds.checkRow(++rowCount, started, limits);
        if (cells.stream().anyMatch(text -> !text.isBlank())) {
          handler.row(rowNumber, cells);
        }
      }
    }
  }

  private static ReadableWorkbook open(byte[] content) throws IOException {
    try {
      return new ReadableWorkbook(new ByteArrayInputStream(content),
          new ReadingOptions(true, false));
    } catch (RuntimeException e) {
      throw new UnreadableSheetException("Berkas XLSX tidak dapat dibaca: isinya tidak sesuai "
          + "format Excel. Simpan ulang dari Excel lalu unggah lagi.");
    }
  }

  static String text(Cell cell, boolean date1904) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> number(cell.asNumber(), cell, date1904);
      case FORMULA -> cachedResult(cell, date1904);
      case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      case ERROR -> "#ERROR";
      default -> cell.getText() == null ? "" : cell.getText().trim();
    };
  }

  private static String cachedResult(Cell cell, boolean date1904) {
    String raw = cell.getRawValue();
    if (raw == null) {
      return "";
    }
    try {
      return number(new BigDecimal(raw.trim()), cell, date1904);
    } catch (NumberFormatException notANumber) {
      return raw.trim();
    }
  }

  private static String number(BigDecimal value, Cell cell, boolean date1904) {
    if (value == null) {
      return "";
    }
    if (isDateFormat(cell)) {
      return excelDate(value, date1904).toString();
    }
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  static boolean isDateFormat(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null || format.isBlank() || "General".equalsIgnoreCase(format)) {
      return false;
    }
    return DATE_FORMAT.matcher(QUOTED_OR_BRACKETED.matcher(format).replaceAll("")).find();
  }

  /** Excel's serial day number; 1900 system counts the fictitious 29 February 1900. */
  static LocalDate excelDate(BigDecimal serial, boolean date1904) {
    long days = serial.longValue();
    if (date1904) {
      return LocalDate.of(1904, 1, 1).plusDays(days);
    }
    return LocalDate.of(1899, 12, 30).plusDays(days < 61 ? days + 1 : days);
  }
}
