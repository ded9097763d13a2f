package id.sinergi.datarequest.sheet;

import id.sinergi.kernel.Published;
import java.io.IOException;
import java.util.zip.ZipException;

/** Reads an uploaded CSV or XLSX file, whichever it is, row by row. */
@Published
public final class SheetReader {

  private SheetReader() {}

  /** XLSX is a ZIP file: recognised by its content, whatever the file is called. */
  public static boolean isXlsx(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
        && content[3] == 4;
  }

  /** Old binary Excel (.xls) is not supported; say so instead of reading garbage. */
  public static boolean isLegacyXls(byte[] content) {
    return content.length >= 8 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
        && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
  }

  public static void read(byte[] content, SheetRowHandler handler) {
    if (isLegacyXls(content)) {
      throw new UnreadableSheetException("Format .xls (Excel 97-2003) tidak didukung; simpan "
          + "berkas sebagai .xlsx atau .csv lalu unggah lagi.");
    }
    try {
      if (isXlsx(content)) {
        XlsxSheetReader.read(content, handler);
      } else {
        CsvSheetReader.read(content, handler);
      }
    } catch (ZipException e) {
      throw new UnreadableSheetException("Berkas XLSX rusak atau tidak lengkap; simpan ulang dari "
          + "Excel lalu unggah lagi.");
    } catch (IOException e) {
      throw new UnreadableSheetException("Berkas tidak dapat dibaca sebagai CSV atau XLSX: "
          + e.getMessage());
    }
  }
}
