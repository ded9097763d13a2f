package id.sinergi.datarequest.sheet;

import id.sinergi.datarequest.SpreadsheetFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import java.util.zip.ZipOutputStream;

/** Hostile XLSX files made from the app's own template, written as a stream (never held whole). */
public final class HostileSheets {

  private HostileSheets() {}

  /** The template with one inline-string cell of {@code cellBytes} letters in row 2. */
  public static byte[] bomb(long cellBytes) {
    return withSheetRows((out) -> {
      write(out, "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'A');
      for (long left = cellBytes; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(left, chunk.length));
      }
      write(out, "</t></is></c></row>");
    });
  }

  /** The template with raw XML added as rows of its data sheet. */
  public static byte[] withRows(String rowsXml) {
    return withSheetRows(out -> write(out, rowsXml));
  }

  interface RowWriter {
    void write(OutputStream out) throws IOException;
  }

  static byte[] withSheetRows(RowWriter rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(
        new SeekableInMemoryByteChannel(SpreadsheetFiles.templateXlsx())).get();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      boolean first = true;
      for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] content;
        try (var entryIn = in.getInputStream(entry)) {
          content = entryIn.readAllBytes();
        }
        if (first && entry.getName().startsWith("xl/worksheets/sheet")) {
          first = false;
          String xml = new String(content, StandardCharsets.UTF_8);
          int end = xml.indexOf("</sheetData>");
          out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
          rows.write(out);
          out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(content);
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
