package id.sinergi.datarequest.sheet;

import id.sinergi.kernel.Published;
import java.time.Duration;

/**
 * How much an uploaded spreadsheet may hold before it is refused, checked while it is read so a
 * hostile file (a ZIP bomb, a 400 MB cell, millions of empty rows) never fills the heap.
 *
 * @param maxRows rows (blank ones included) of the first sheet or the CSV file
 * @param maxCellChars characters of one cell; Excel itself stops at 32,767
 * @param maxInflatedBytes all of an XLSX's ZIP entries together, uncompressed
 * @param maxRatio uncompressed / compressed size of one ZIP entry (Apache POI refuses beyond 100)
 * @param maxSegmentBytes bytes of XML between two tags (bounds every text and attribute)
 * @param maxTime wall time of reading the whole file once
 */
@Published
public record SheetLimits(int maxRows, int maxCellChars, long maxInflatedBytes, int maxRatio,
    int maxSegmentBytes, Duration maxTime) {

  /** Entries beyond this size must respect {@link #maxRatio}; small XML parts compress well. */
  static final long RATIO_GRACE_BYTES = 1024 * 1024;

  public static final SheetLimits DEFAULT = new SheetLimits(200_000, 32_767, 256L * 1024 * 1024,
      100, 256 * 1024, Duration.ofSeconds(60));
}
