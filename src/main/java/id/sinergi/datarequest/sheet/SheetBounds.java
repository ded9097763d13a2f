package id.sinergi.datarequest.sheet;

/** The row, cell and time bounds both readers check as they go, with the reasons they give. */
final class SheetBounds {

  private SheetBounds() {}

  static void checkRow(int rowCount, long startedNanos, SheetLimits limits) {
    if (rowCount > limits.maxRows()) {
      throw new SheetTooLargeException("Berkas ditolak: lebih dari "
          + String.format(java.util.Locale.forLanguageTag("id-ID"), "%,d", limits.maxRows()) + " baris. Bagi "
          + "menjadi beberapa berkas lalu unggah satu per satu.");
    }
    if ((rowCount & 0xff) == 0
        && System.nanoTime() - startedNanos > limits.maxTime().toNanos()) {
      throw new SheetTooLargeException("Berkas ditolak: membacanya melebihi "
          + limits.maxTime().toSeconds() + " detik. Bagi menjadi beberapa berkas lalu unggah "
          + "satu per satu.");
    }
  }

  static SheetTooLargeException cellTooLong(int rowNumber, int column, SheetLimits limits) {
    return new SheetTooLargeException("Berkas ditolak: sel di baris " + rowNumber + ", kolom "
        + (column + 1) + " berisi lebih dari " + limits.maxCellChars() + " karakter.");
  }
}
