package id.sinergi.incubation;

import id.sinergi.organisation.OrganisationRegistry;

import id.sinergi.organisation.OrganisationUnit;
import org.springframework.stereotype.Component;

/**
 * The technical Dinas of a participant's Pemda that fosters it after graduation, from the
 * registry: its Dinas Perindustrian for industry (IKM) when the Pemda has one today, otherwise
 * its cooperative agency (several Pemda merged industry into it).
 */
@Component
public class TechnicalDinas {

  private final OrganisationRegistry units;

  public TechnicalDinas(OrganisationRegistry units) {
    this.units = units;
  }

  public OrganisationUnit of(Candidate candidate) {
    String pemda = candidate.getPemdaCode();
    if (candidate.getDinasKind() == Candidate.DinasKind.DISPERIN) {
      OrganisationUnit disperin = current(pemda + "-disperin");
      if (disperin != null) {
        return disperin;
      }
    }
    OrganisationUnit diskop = current(pemda + "-diskop");
    if (diskop == null) {
      throw new IllegalStateException("Pemda " + pemda + " has no current Dinas Koperasi");
    }
    return diskop;
  }

  /** Looked up without exceptions: a thrown NotFoundException would doom the transaction. */
  private OrganisationUnit current(String code) {
    return units.findUnit(code)
        .filter(u -> u.isValidOn(IncubationClock.today()) && u.getStaffGroupId() != null)
        .orElse(null);
  }
}
