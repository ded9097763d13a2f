package id.sinergi.datarequest.sheet;

import id.sinergi.kernel.Published;
import java.util.List;

/** Receives a spreadsheet's rows one by one, so a file of 100,000 rows is never held whole. */
@Published
@FunctionalInterface
public interface SheetRowHandler {

  /**
   * @param rowNumber the row as the person sees it in Excel (the header is row 1)
   * @param cells the row's cells as text: numbers without exponent or ".0", dates as yyyy-mm-dd,
   *     formulas as their cached result, missing cells as ""
   */
  void row(int rowNumber, List<String> cells);
}
