package id.sinergi.umi;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money, dates and months as Indonesian readers write them: Rp20.000.000, 01/03/2026. */
final class UmiText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  private UmiText() {}

  static String rupiah(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
    return "Rp" + format.format(amount);
  }

  static String date(LocalDate date) {
    return date.format(DATE);
  }

  static String month(LocalDate firstDay) {
    return YearMonth.from(firstDay).atDay(1).format(MONTH);
  }
}
