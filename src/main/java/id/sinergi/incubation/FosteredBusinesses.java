package id.sinergi.incubation;

import id.sinergi.kernel.Published;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of businesses an OPD already fosters ('binaan'): filled by every accepted
 * handover and by OPDs recording their own programmes, read when a candidate is registered, so
 * an incubator sees that a business already gets help elsewhere.
 */
@Service
@Published
public class FosteredBusinesses {

  private final FosteredBusinessRepository fostered;

  FosteredBusinesses(FosteredBusinessRepository fostered) {
    this.fostered = fostered;
  }

  /** Records that the OPD fosters the business (by NIK or NIB) in a programme since a date. */
  @Transactional
  public void record(String nik, String nib, String opdUnitCode, String programme,
      LocalDate since) {
    boolean known = (nik != null && fostered.findByNik(nik).stream()
        .anyMatch(f -> f.getUnitCode().equals(opdUnitCode)))
        || (nib != null && fostered.findByNib(nib).stream()
            .anyMatch(f -> f.getUnitCode().equals(opdUnitCode)));
    if (!known) {
      fostered.save(new FosteredBusiness(nik, nib, opdUnitCode, programme, since, null,
          IncubationClock.now()));
    }
  }
}
