package id.sinergi.datarequest.sheet;

/** The file is not a spreadsheet we can read at all (as opposed to a row with a bad value). */
public class UnreadableSheetException extends RuntimeException {

  public UnreadableSheetException(String message) {
    super(message);
  }
}
