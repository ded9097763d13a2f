package id.sinergi.datarequest;

import id.sinergi.kernel.Published;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Files an OPD downloads: the business-actor template (XLSX with a sheet documenting the
 * columns, or CSV) and the error report of a refused upload. CSV files carry a UTF-8 BOM and ";"
 * so Excel with Indonesian regional settings opens them in columns with the right letters.
 */
@Published
public final class SpreadsheetFiles {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv; charset=UTF-8";
  static final String DATA_SHEET = "Pelaku Usaha";
  static final List<String> REPORT_HEADERS = List.of("Baris", "Kolom", "Nilai", "Alasan");

  private SpreadsheetFiles() {}

  public static byte[] templateXlsx() {
    return xlsx(workbook -> {
      Worksheet data = workbook.newWorksheet(DATA_SHEET);
      ActorColumn[] columns = ActorColumn.values();
      for (int c = 0; c < columns.length; c++) {
        data.value(0, c, columns[c].header() + (columns[c].required() ? " *" : ""));
        data.style(0, c).bold().fillColor("DDEBF7").set();
        data.width(c, Math.max(16, columns[c].header().length() + 4));
      }
      // Digits typed into these columns must stay text, or Excel drops the 16th NIK digit.
      for (ActorColumn text : List.of(ActorColumn.NIK, ActorColumn.NIB, ActorColumn.PHONE)) {
        data.style(text.ordinal()).format("@").set();
      }
      data.freezePane(0, 1);
      Worksheet guide = workbook.newWorksheet("Petunjuk");
      String[] headers = {"Kolom", "Wajib", "Format dan aturan", "Contoh", "Kunci (REST/sistem)"};
      for (int c = 0; c < headers.length; c++) {
        guide.value(0, c, headers[c]);
        guide.style(0, c).bold().fillColor("DDEBF7").set();
      }
      for (int r = 0; r < columns.length; r++) {
        ActorColumn column = columns[r];
        guide.value(r + 1, 0, column.header());
        guide.value(r + 1, 1, column.required() ? "Ya" : "Tidak");
        guide.value(r + 1, 2, column.format());
        guide.value(r + 1, 3, column.example());
        guide.value(r + 1, 4, column.key());
      }
      int note = columns.length + 2;
      guide.value(note, 0, "Isi lembar \"" + DATA_SHEET + "\" mulai baris 2, satu pelaku usaha "
          + "per baris. Jika ada satu baris salah, seluruh berkas ditolak dan laporan kesalahan "
          + "(baris, kolom, nilai, alasan) dapat diunduh; perbaiki lalu unggah lagi. Unggahan "
          + "baru menggantikan daftar sebelumnya.");
      guide.width(0, 30);
      guide.width(2, 90);
      guide.width(3, 30);
      guide.width(4, 18);
    });
  }

  public static byte[] templateCsv() {
    return csv(printer -> {
      for (ActorColumn column : ActorColumn.values()) {
        printer.print(column.header());
      }
      printer.println();
    });
  }

  public static byte[] errorReportCsv(List<ImportError> errors) {
    return csv(printer -> {
      printer.printRecord(REPORT_HEADERS);
      for (ImportError e : errors) {
        printer.printRecord(e.row(), e.column(), e.value(), e.reason());
      }
    });
  }

  public static byte[] errorReportXlsx(List<ImportError> errors) {
    return xlsx(workbook -> {
      Worksheet sheet = workbook.newWorksheet("Kesalahan");
      for (int c = 0; c < REPORT_HEADERS.size(); c++) {
        sheet.value(0, c, REPORT_HEADERS.get(c));
        sheet.style(0, c).bold().fillColor("F8CBAD").set();
      }
      for (int r = 0; r < errors.size(); r++) {
        ImportError e = errors.get(r);
        sheet.value(r + 1, 0, e.row());
        sheet.value(r + 1, 1, e.column());
        sheet.value(r + 1, 2, e.value());
        sheet.value(r + 1, 3, e.reason());
      }
      sheet.width(1, 28);
      sheet.width(2, 24);
      sheet.width(3, 90);
      sheet.freezePane(0, 1);
    });
  }

  private interface SheetWriter {
    void write(Workbook workbook) throws IOException;
  }

  private interface CsvWriter {
    void write(CSVPrinter printer) throws IOException;
  }

  private static byte[] xlsx(SheetWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Sinergi", "1.0");
      writer.write(workbook);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] csv(CsvWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(text,
            CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      text.write('\uFEFF');
      writer.write(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
