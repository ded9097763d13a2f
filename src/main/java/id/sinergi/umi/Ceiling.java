package id.sinergi.umi;

import id.sinergi.kernel.Published;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of the per-debtor ceiling's history: from {@code validFrom} on, until a later row
 * takes over, no UMi debtor may receive more than {@code amount} (unless the row allows
 * exceptions, then the debtor is flagged for PIP's review).
 *
 * @param dateAssumed the seeded history knows only the year; the day is an assumption
 */
@Published
public record Ceiling(long id, BigDecimal amount, LocalDate validFrom, String legalBasis,
    boolean exceptionsAllowed, boolean dateAssumed, String reason, String createdBy,
    OffsetDateTime createdAt) {

  /** "Rp20.000.000 (berlaku sejak 01/01/2020, PMK ...)": how a refusal names the ceiling. */
  public String describe() {
    return UmiText.rupiah(amount) + " (berlaku sejak " + UmiText.date(validFrom) + ", "
        + legalBasis + ")";
  }
}
