package id.sinergi.datarequest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Inflates every entry of an XLSX file once, as a stream, before any XML parser sees it, and
 * refuses the file as soon as it exceeds a bound: a ZIP bomb (an entry that inflates more than
 * {@link SheetLimits#maxRatio} times or all entries beyond {@link SheetLimits#maxInflatedBytes}),
 * an XML part with a DTD, comment or CDATA (Excel writes none), text longer than
 * {@link SheetLimits#maxSegmentBytes}, UTF-16 XML (NUL bytes), or a cell reference beyond column
 * XFD (fastexcel would allocate a list up to that column). Reads the same central directory as
 * fastexcel (commons-compress {@link ZipFile}), so both see the same entries. Holds 64 KB.
 */
final class XlsxGuard {

  private static final int MAX_ENTRIES = 10_000;
  /** Pictures, printer settings, macros: not XML, but never larger than this. */
  private static final long MAX_BINARY_ENTRY = 32L * 1024 * 1024;
  private static final Set<String> BINARY = Set.of("bin", "png", "jpeg", "jpg", "gif", "emf",
      "wmf", "tif", "tiff", "bmp", "wdp", "ttf", "odttf", "xlsx", "docx", "pptx", "xls", "doc");

  private XlsxGuard() {}

  static void check(byte[] content, SheetLimits limits) throws IOException {
    try {
      checkEntries(content, limits);
    } catch (UnreadableSheetException e) {
      throw e;
    } catch (RuntimeException e) {
      // commons-compress reports some corrupt archives as unchecked exceptions.
      throw new UnreadableSheetException("Berkas XLSX rusak atau tidak lengkap; simpan ulang dari "
          + "Excel lalu unggah lagi.");
    }
  }

  private static void checkEntries(byte[] content, SheetLimits limits) throws IOException {
    long started = System.nanoTime();
    long total = 0;
    int entries = 0;
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (++entries > MAX_ENTRIES) {
          throw tooLarge("berisi lebih dari " + MAX_ENTRIES + " bagian");
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (!zip.canReadEntryData(entry)) {
          throw new UnreadableSheetException("Berkas XLSX memakai kompresi atau enkripsi yang "
              + "tidak didukung; simpan ulang dari Excel tanpa kata sandi lalu unggah lagi.");
        }
        total += scan(zip, entry, limits, limits.maxInflatedBytes() - total, started);
      }
    }
  }

  private static long scan(ZipFile zip, ZipArchiveEntry entry, SheetLimits limits, long budget,
      long started) throws IOException {
    String name = entry.getName();
    int dot = name.lastIndexOf('.');
    boolean binary = dot >= 0 && BINARY.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    XmlScanner xml = new XmlScanner(name, binary, limits.maxSegmentBytes());
    long compressedSize = entry.getCompressedSize();
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        inflated += read;
        if (inflated > budget) {
          throw tooLarge("isinya melebihi " + mb(limits.maxInflatedBytes())
              + " setelah dibuka (bagian " + name + ")");
        }
        if (binary && inflated > MAX_BINARY_ENTRY) {
          throw tooLarge("bagian " + name + " melebihi " + mb(MAX_BINARY_ENTRY));
        }
        long compressed = in instanceof InputStreamStatistics stats
            ? Math.max(stats.getCompressedCount(), compressedSize) : compressedSize;
        if (inflated > SheetLimits.RATIO_GRACE_BYTES
            && inflated > (long) limits.maxRatio() * Math.max(compressed, 1)) {
          throw tooLarge("bagian " + name + " mengembang lebih dari " + limits.maxRatio()
              + " kali saat dibuka (ciri bom ZIP)");
        }
        xml.feed(buffer, read);
        if (System.nanoTime() - started > limits.maxTime().toNanos()) {
          throw tooLarge("pemeriksaan berkas melebihi " + limits.maxTime().toSeconds() + " detik");
        }
      }
    }
    return inflated;
  }

  static SheetTooLargeException tooLarge(String why) {
    return new SheetTooLargeException("Berkas XLSX ditolak: " + why + ". Simpan ulang dari Excel "
        + "hanya dengan data yang diminta, atau bagi menjadi beberapa berkas.");
  }

  private static String mb(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }

  /** Byte-level checks of one part; keeps a few counters, never the bytes themselves. */
  private static final class XmlScanner {
    private final String name;
    private final boolean binary;
    private final int maxSegment;
    private long segment;
    private boolean afterLt;
    private boolean afterSpace;
    /** 0 idle, 1 saw " r", 2 saw " r=", 3 inside the reference's letters. */
    private int refState;
    private int refLetters;

    XmlScanner(String name, boolean binary, int maxSegment) {
      this.name = name;
      this.binary = binary;
      this.maxSegment = maxSegment;
    }

    void feed(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b == 0) {
          if (!binary) {
            throw new UnreadableSheetException("Berkas XLSX tidak standar: bagian " + name
                + " bukan XML UTF-8. Simpan ulang dari Excel lalu unggah lagi.");
          }
          continue; // a UTF-16 part hidden under a picture's name still has its references read
        }
        if (!binary) {
          structure(b);
        }
        reference(b);
      }
    }

    private void structure(byte b) {
      if (afterLt && b == '!') {
        throw new UnreadableSheetException("Berkas XLSX tidak standar: bagian " + name
            + " memuat DTD, komentar atau CDATA. Simpan ulang dari Excel lalu unggah lagi.");
      }
      afterLt = b == '<';
      if (afterLt) {
        segment = 0;
      } else if (++segment > maxSegment) {
        throw tooLarge("bagian " + name + " memuat teks lebih dari " + maxSegment / 1024
            + " KB tanpa jeda (sel terlalu panjang)");
      }
    }

    private void reference(byte b) {
      boolean space = b == ' ' || b == '\t' || b == '\n' || b == '\r';
      switch (refState) {
        case 0 -> refState = afterSpace && b == 'r' ? 1 : 0;
        case 1 -> refState = b == '=' ? 2 : space ? 1 : 0;
        case 2 -> {
          if (b == '"' || b == '\'') {
            refState = 3;
            refLetters = 0;
          } else if (!space) {
            refState = 0;
          }
        }
        default -> {
          if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
            if (++refLetters > 3) {
              throw new UnreadableSheetException("Berkas XLSX tidak standar: bagian " + name
                  + " merujuk kolom di luar XFD. Simpan ulang dari Excel lalu unggah lagi.");
            }
          } else if (b != '$') {
            refState = 0;
          }
        }
      }
      afterSpace = space;
    }
  }
}
