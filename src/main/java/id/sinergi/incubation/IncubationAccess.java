package id.sinergi.incubation;

import id.sinergi.kernel.access.CaseAccess;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;

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
  private final CaseAccess access;
  private final Cases cases;

  public IncubationAccess(CohortRepository cohorts, Callers callers, CaseAccess access,
      Cases cases) {
    this.cohorts = cohorts;
    this.callers = callers;
    this.access = access;
    this.cases = cases;
  }

  public Cohort cohort(long id) {
    return cohorts.findById(id).orElseThrow(
        () -> new NotFoundException("Angkatan inkubasi dengan id " + id + " tidak ditemukan."));
  }

  /** A cohort whose case the caller may read (kernel access model). */
  public Cohort visible(long id) {
    Cohort cohort = cohort(id);
    if (!access.canRead(callers.current(), caseOf(cohort))) {
      throw new ForbiddenException("Angkatan ini milik inkubator atau Pemda lain.");
    }
    return cohort;
  }

  /** A cohort the caller runs: staff of its incubator (or an administrator). */
  public Cohort managed(long id) {
    Cohort cohort = cohort(id);
    if (!access.runs(callers.current(), caseOf(cohort))) {
      throw new ForbiddenException(
          "Hanya staf inkubator penyelenggara yang dapat mengubah data angkatan ini.");
    }
    return cohort;
  }

  private CaseFile caseOf(Cohort cohort) {
    return cases.find(cohort.getProcessInstanceId()).orElseThrow(() -> new NotFoundException(
        "Angkatan inkubasi " + cohort.getId() + " belum memiliki kasus."));
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

}
