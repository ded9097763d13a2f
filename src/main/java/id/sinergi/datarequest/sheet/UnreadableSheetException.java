package id.sinergi.datarequest.sheet;

import id.sinergi.kernel.Published;

/** The file is not a spreadsheet we can read at all (as opposed to a row with a bad value). */
@Published
public class UnreadableSheetException extends RuntimeException {

  public UnreadableSheetException(String message) {
    super(message);
  }
}
