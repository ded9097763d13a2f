package id.sinergi.incubation;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a cohort: the incubator's own staff run it; the Pemda of its region, PIP,
 * managers and administrators may read it. Everyone else gets 403.
 */
@Component
public class IncubationAccess {

  private final CohortRepository cohorts;
  private final Callers callers;

  public IncubationAccess(CohortRepository cohorts, Callers callers) {
    this.cohorts = cohorts;
    this.callers = callers;
  }

  public Cohort cohort(long id) {
    return cohorts.findById(id).orElseThrow(
        () -> new NotFoundException("Angkatan inkubasi dengan id " + id + " tidak ditemukan."));
  }

  public Cohort visible(long id) {
    Cohort cohort = cohort(id);
    Caller caller = callers.current();
    if (!runs(caller, cohort) && !caller.canSeePemda(cohort.getPemdaCode())) {
      throw new ForbiddenException("Angkatan ini milik inkubator atau Pemda lain.");
    }
    return cohort;
  }

  public Cohort managed(long id) {
    Cohort cohort = cohort(id);
    if (!runs(callers.current(), cohort)) {
      throw new ForbiddenException(
          "Hanya staf inkubator penyelenggara yang dapat mengubah data angkatan ini.");
    }
    return cohort;
  }

  public List<Cohort> visibleCohorts() {
    Caller caller = callers.current();
    if (caller.seesAllPemda()) {
      return cohorts.findAllByOrderByIdDesc();
    }
    return cohorts.findByIncubatorCodeInOrPemdaCodeInOrderByIdDesc(caller.unitCodes(),
        caller.pemdaCodes());
  }

  public Caller caller() {
    return callers.current();
  }

  static boolean runs(Caller caller, Cohort cohort) {
    return caller.admin() || caller.unitCodes().contains(cohort.getIncubatorCode());
  }
}
