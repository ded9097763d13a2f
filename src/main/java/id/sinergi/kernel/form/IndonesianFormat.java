package id.sinergi.kernel.form;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How forms and summaries write dates and numbers for their readers: dd/mm/yyyy,
 * 1.000.000,50 and "34,3 %" (Indonesian convention), never ISO dates or "34.3%".
 */
public final class IndonesianFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale ID = Locale.forLanguageTag("id-ID");

  private IndonesianFormat() {}

  /** 31/07/2027; "-" for no date. */
  public static String date(LocalDate date) {
    return date == null ? "-" : date.format(DATE);
  }

  /** 1.000.000 or 1.000.000,5 (at most two decimals). */
  public static String number(Number value) {
    if (value == null) {
      return "-";
    }
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(ID))
        .format(value instanceof BigDecimal big ? big : (Object) value.doubleValue());
  }

  /** Rp 1.000.000. */
  public static String rupiah(Number value) {
    return "Rp " + number(value);
  }

  /** 34,3 % (one decimal). */
  public static String percent(double value) {
    return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(ID)).format(value) + " %";
  }
}
