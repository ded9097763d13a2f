package id.sinergi.incubation;

import id.sinergi.config.NotFoundException;
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

  private final OrganisationRegistry registry;

  public TechnicalDinas(OrganisationRegistry registry) {
    this.registry = registry;
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

  private OrganisationUnit current(String code) {
    try {
      OrganisationUnit unit = registry.unit(code);
      return unit.isValidOn(IncubationClock.today()) && unit.getStaffGroupId() != null ? unit
          : null;
    } catch (NotFoundException e) {
      return null;
    }
  }
}
