package id.sinergi.datarequest.sheet;

import id.sinergi.kernel.Published;
/** The file exceeds a {@link SheetLimits} bound: refused before (or while) it is parsed. */
@Published
public class SheetTooLargeException extends UnreadableSheetException {

  public SheetTooLargeException(String message) {
    super(message);
  }
}
