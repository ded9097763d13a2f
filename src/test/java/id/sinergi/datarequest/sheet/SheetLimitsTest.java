package id.sinergi.datarequest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.datarequest.SpreadsheetFiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Hostile spreadsheets are refused while being read, with a reason, before they fill the heap. */
class SheetLimitsTest {

  @Test
  void aSmallXlsxInflatingToHundredsOfMegabytesIsRefusedAtOnce() {
    byte[] bomb = HostileSheets.bomb(400L * 1024 * 1024);
    assertThat(bomb.length).as("compressed size").isLessThan(600 * 1024);
    long started = System.nanoTime();
    assertThatThrownBy(() -> SheetReader.read(bomb, (row, cells) -> { }))
        .isInstanceOf(SheetTooLargeException.class).hasMessageContaining("Berkas XLSX ditolak");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).as("refused before inflating it all").isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void millionsOfTinyRowsInflatingFarBeyondTheirSizeAreRefusedByTheirRatio() {
    byte[] bomb = HostileSheets.withSheetRows(out -> {
      byte[] row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes(
          StandardCharsets.UTF_8);
      for (int i = 0; i < 3_000_000; i++) {
        out.write(row);
      }
    });
    assertThatThrownBy(() -> SheetReader.read(bomb, (row, cells) -> { }))
        .isInstanceOf(SheetTooLargeException.class)
        .hasMessageContaining("mengembang lebih dari 100 kali");
  }

  @Test
  void aLongCellThatCompressesPoorlyIsStillRefusedBeforeParsing() {
    StringBuilder noise = new StringBuilder();
    java.util.Random random = new java.util.Random(1);
    while (noise.length() < 400_000) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    byte[] file = HostileSheets.withRows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
        + noise + "</t></is></c></row>");
    assertThatThrownBy(() -> SheetReader.read(file, (row, cells) -> { }))
        .isInstanceOf(SheetTooLargeException.class).hasMessageContaining("sel terlalu panjang");
  }

  @Test
  void cellReferencesBeyondExcelsLastColumnAreRefused() {
    byte[] file = HostileSheets.withRows(
        "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
    assertThatThrownBy(() -> SheetReader.read(file, (row, cells) -> { }))
        .isInstanceOf(UnreadableSheetException.class).hasMessageContaining("di luar XFD");
  }

  @Test
  void documentTypeDeclarationsAndCdataAreRefused() {
    byte[] file = HostileSheets.withRows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
        + "<![CDATA[x]]></t></is></c></row>");
    assertThatThrownBy(() -> SheetReader.read(file, (row, cells) -> { }))
        .isInstanceOf(UnreadableSheetException.class).hasMessageContaining("DTD");
  }

  @Test
  void malformedSheetXmlIsUnreadableNotAnInternalError() {
    byte[] file = HostileSheets.withRows("<row r=\"2\"><c r=\"A2\" t=\"q\"><v>1</v></c></row>");
    assertThatThrownBy(() -> SheetReader.read(file, (row, cells) -> { }))
        .isInstanceOf(UnreadableSheetException.class).hasMessageContaining("format Excel");
    byte[] truncated = java.util.Arrays.copyOf(SpreadsheetFiles.templateXlsx(), 2000);
    assertThatThrownBy(() -> SheetReader.read(truncated, (row, cells) -> { }))
        .isInstanceOf(UnreadableSheetException.class);
  }

  @Test
  void rowsAndCellsAreCountedAgainstTheLimitsInBothFormats() {
    SheetLimits small = new SheetLimits(5, 40, 64L * 1024 * 1024, 100, 256 * 1024,
        Duration.ofSeconds(60));
    StringBuilder rows = new StringBuilder();
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int r = 2; r <= 10; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
          .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
      csv.append("x,y\n");
    }
    assertThatThrownBy(() -> SheetReader.read(HostileSheets.withRows(rows.toString()),
        (row, cells) -> { }, small)).isInstanceOf(SheetTooLargeException.class)
        .hasMessageContaining("lebih dari 5 baris");
    assertThatThrownBy(() -> SheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8),
        (row, cells) -> { }, small)).isInstanceOf(SheetTooLargeException.class)
        .hasMessageContaining("lebih dari 5 baris");
    assertThatThrownBy(() -> SheetReader.read(("a,b\nx," + "9".repeat(41) + "\n").getBytes(
        StandardCharsets.UTF_8), (row, cells) -> { }, small))
        .isInstanceOf(SheetTooLargeException.class).hasMessageContaining("lebih dari 40 karakter");
    assertThatThrownBy(() -> SheetReader.read("a,b\n\"x,y\n".getBytes(StandardCharsets.UTF_8),
        (row, cells) -> { }, small)).isInstanceOf(UnreadableSheetException.class);
  }

  @Test
  void anOrdinaryTemplateWithRowsPassesTheGuard() {
    StringBuilder rows = new StringBuilder();
    for (int r = 2; r <= 2001; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
          .append("\" t=\"inlineStr\"><is><t>Usaha ").append(r)
          .append("</t></is></c><c r=\"B").append(r).append("\"><v>5204").append(r)
          .append("</v></c></row>");
    }
    AtomicInteger seen = new AtomicInteger();
    List<String> last = new ArrayList<>();
    SheetReader.read(HostileSheets.withRows(rows.toString()), (row, cells) -> {
      seen.incrementAndGet();
      last.clear();
      last.addAll(cells);
    });
    assertThat(seen).hasValue(2001);
    assertThat(last).startsWith("Usaha 2001", "52042001");
  }
}
