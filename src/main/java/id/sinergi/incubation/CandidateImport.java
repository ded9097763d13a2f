package id.sinergi.incubation;

import id.sinergi.datarequest.sheet.SheetLimits;
import id.sinergi.datarequest.sheet.SheetReader;
import id.sinergi.datarequest.sheet.SheetTooLargeException;
import id.sinergi.datarequest.sheet.UnreadableSheetException;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.TooLargeException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;

/**
 * Reads a list of candidates from CSV (comma or semicolon, UTF-8) or XLSX (first sheet, read as
 * a stream). The first row names the columns; Indonesian and English names are accepted.
 * Rows are numbered as the spreadsheet shows them (header = row 1).
 */
@Component
public class CandidateImport {

  /** Column name as written in the file (lower case) to the CandidateInput field. */
  private static final Map<String, String> COLUMNS = Map.ofEntries(
      Map.entry("nama_usaha", "businessName"), Map.entry("businessname", "businessName"),
      Map.entry("nama_pemilik", "ownerName"), Map.entry("ownername", "ownerName"),
      Map.entry("nik", "nik"), Map.entry("nib", "nib"),
      Map.entry("kode_pemda", "pemdaCode"), Map.entry("pemdacode", "pemdaCode"),
      Map.entry("alamat", "address"), Map.entry("address", "address"),
      Map.entry("sektor", "sector"), Map.entry("sector", "sector"),
      Map.entry("skala", "scale"), Map.entry("scale", "scale"),
      Map.entry("kebutuhan", "need"), Map.entry("need", "need"));

  private static final List<String> REQUIRED = List.of("businessName", "ownerName", "nik",
      "sector", "scale", "need");

  public List<CandidateInput> read(String filename, InputStream content) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xlsx")) {
        byte[] bytes = content.readAllBytes(); // at most the multipart bound (20 MB)
        SheetReader.checkXlsx(bytes, SheetLimits.DEFAULT);
        return readXlsx(new ByteArrayInputStream(bytes));
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return readCsv(content);
      }
    } catch (SheetTooLargeException e) {
      throw new TooLargeException(e.getMessage());
    } catch (UnreadableSheetException e) {
      throw new InvalidInputException("file", e.getMessage());
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException || e instanceof TooLargeException) {
        throw (RuntimeException) e;
      }
      throw new InvalidInputException("file", "File '" + filename
          + "' tidak dapat dibaca sebagai " + (name.endsWith(".xlsx") ? "XLSX" : "CSV") + ".");
    }
    throw new InvalidInputException("file",
        "Unggah file .csv atau .xlsx (file '" + filename + "' tidak didukung).");
  }

  private List<CandidateInput> readCsv(InputStream content) throws IOException {
    BufferedInputStream in = new BufferedInputStream(content);
    skipBom(in);
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    String firstLine = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    char delimiter = firstLine.chars().filter(c -> c == ';').count()
        > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
        .setIgnoreEmptyLines(true).get();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<CandidateInput> rows = new ArrayList<>();
      Map<Integer, String> header = null;
      for (CSVRecord record : parser) {
        checkBounds(record.getRecordNumber(), record.toList());
        List<String> cells = record.toList();
        if (header == null) {
          header = header(cells);
          continue;
        }
        addRow(rows, header, cells, (int) record.getRecordNumber());
      }
      if (header == null) {
        throw new InvalidInputException("file", "File kosong: baris pertama harus nama kolom.");
      }
      return rows;
    }
  }

  private List<CandidateInput> readXlsx(InputStream content) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(content)) {
      Sheet sheet = workbook.getFirstSheet();
      List<CandidateInput> rows = new ArrayList<>();
      Map<Integer, String> header = null;
      long rowCount = 0;
      try (Stream<Row> stream = sheet.openStream()) {
        for (Row row : (Iterable<Row>) stream::iterator) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
          }
          checkBounds(++rowCount, cells);
          if (header == null) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
              continue;
            }
            header = header(cells);
            continue;
          }
          addRow(rows, header, cells, row.getRowNum());
          if (rows.size() > CandidateRegistration.MAX_ROWS) {
            break;
          }
        }
      }
      if (header == null) {
        throw new InvalidInputException("file",
            "Lembar pertama kosong: baris pertama harus nama kolom.");
      }
      return rows;
    }
  }

  /** Blank rows count too: a file of a million empty rows is refused, not walked through. */
  private static void checkBounds(long rowCount, List<String> cells) {
    SheetLimits limits = SheetLimits.DEFAULT;
    if (rowCount > limits.maxRows()) {
      throw new TooLargeException("File ditolak: lebih dari " + limits.maxRows() + " baris.");
    }
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) != null && cells.get(i).length() > limits.maxCellChars()) {
        throw new InvalidInputException("file", "Sel di baris " + rowCount + ", kolom " + (i + 1)
            + " berisi lebih dari " + limits.maxCellChars() + " karakter.");
      }
    }
  }

  private static Map<Integer, String> header(List<String> cells) {
    Map<Integer, String> header = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String key = cells.get(i) == null ? "" : cells.get(i).trim().toLowerCase(Locale.ROOT)
          .replace(' ', '_');
      String field = COLUMNS.get(key);
      if (field != null) {
        header.put(i, field);
      }
    }
    List<String> missing = REQUIRED.stream().filter(f -> !header.containsValue(f)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("file", "Kolom wajib tidak ada di baris 1: "
          + String.join(", ", missing.stream().map(CandidateImport::columnName).toList())
          + ". Kolom yang dikenal: nama_usaha, nama_pemilik, nik, nib, kode_pemda, alamat,"
          + " sektor, skala, kebutuhan.");
    }
    return header;
  }

  private static void addRow(List<CandidateInput> rows, Map<Integer, String> header,
      List<String> cells, int rowNumber) {
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    header.forEach((index, field) -> values.put(field, index < cells.size() ? cells.get(index)
        : null));
    rows.add(new CandidateInput("baris " + rowNumber, values.get("businessName"),
        values.get("ownerName"), values.get("nik"), values.get("nib"), values.get("pemdaCode"),
        values.get("address"), values.get("sector"), values.get("scale"), values.get("need")));
  }

  private static String columnName(String field) {
    return COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(field))
        .map(Map.Entry::getKey).filter(k -> k.contains("_") || k.equals("nik")
            || k.equals("nib") || k.equals("sektor") || k.equals("skala")
            || k.equals("kebutuhan") || k.equals("alamat"))
        .findFirst().orElse(field);
  }

  private static void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
  }
}
