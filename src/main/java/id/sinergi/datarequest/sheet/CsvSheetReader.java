package id.sinergi.datarequest.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as people make it: UTF-8 with or without a byte-order mark, or Excel's Windows-1252
 * when the bytes are not valid UTF-8; "," or ";" as separator (Indonesian Excel writes ";");
 * empty lines and lines of only separators skipped.
 */
final class CsvSheetReader {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvSheetReader() {}

  static void read(byte[] content, SheetRowHandler handler, SheetLimits limits)
      throws IOException {
    long started = System.nanoTime();
    String text = decode(content);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(detectDelimiter(text))
        .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();
    int rowCount = 0;
    try (var parser = format.parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new UnreadableSheetException("CSV tidak dapat dibaca: "
              + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        SheetBounds.checkRow(++rowCount, started, limits);
        List<String> cells = new ArrayList<>(Math.min(record.size(), 64));
        boolean blank = true;
        for (String value : record) {
          if (value.length() > limits.maxCellChars()) {
            throw SheetBounds.cellTooLong((int) parser.getCurrentLineNumber(), cells.size(),
                limits);
          }
          cells.add(value);
          blank &= value.isBlank();
        }
        if (!blank) {
          // Line numbers, not record numbers: what a person finds when opening the file.
          handler.row((int) parser.getCurrentLineNumber(), cells);
        }
      }
    }
  }

  static String decode(byte[] content) {
    int offset = 0;
    if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
        && (content[2] & 0xff) == 0xBF) {
      offset = 3;
    }
    ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return new String(content, offset, content.length - offset, WINDOWS_1252);
    }
  }

  /** The separator that splits the first non-empty line into more fields (outside quotes). */
  static char detectDelimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    boolean seenContent = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (seenContent && commas + semicolons + tabs > 0) {
          break;
        }
      } else if (!quoted) {
        seenContent |= !Character.isWhitespace(c);
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
