package id.sinergi.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count against its base, written the way staff read progress: "56/200 (28%)", never a bare
 * number. Percent is rounded half up; with nothing to compare against it reads "0/0 (-)".
 */
public record Ratio(long count, long of, Integer percent, String text) {

  public static Ratio of(long count, long of) {
    Integer percent = of == 0 ? null : BigDecimal.valueOf(count * 100)
        .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).intValue();
    return new Ratio(count, of, percent,
        count + "/" + of + " (" + (percent == null ? "-" : percent + "%") + ")");
  }

  @Override
  public String toString() {
    return text;
  }
}
