package id.sinergi.umi;

import id.sinergi.kernel.access.CaseAccess;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whose a cooperation's UMi data is, from the kernel's case file of the cooperation (never a
 * request field): whoever reads the case reads its debtors, checks and flags (PIP, the Pemda,
 * its Penyalur, managers); only the Penyalur taking part in the case uploads.
 */
@Component
class UmiAccess {

  static final String COOPERATION_PROCESS = "pip-pemda-cooperation";
  static final String PENYALUR = "penyalur";

  private final Cases cases;
  private final CaseAccess access;

  UmiAccess(Cases cases, CaseAccess access) {
    this.cases = cases;
    this.access = access;
  }

  CaseFile cooperationCase(long cooperationId) {
    return cases.withReference(COOPERATION_PROCESS, cooperationId).stream()
        .filter(c -> c.getParentProcessInstanceId() == null).findFirst()
        .orElseThrow(() -> new NotFoundException("Kerja sama " + cooperationId
            + " tidak ditemukan."));
  }

  CaseFile readable(Caller caller, long cooperationId) {
    CaseFile caseFile = cooperationCase(cooperationId);
    access.requireRead(caller, caseFile);
    return caseFile;
  }

  /** The Penyalur of the cooperation (or an administrator); others 403, invisible ones 404. */
  CaseFile asPenyalur(Caller caller, long cooperationId) {
    CaseFile caseFile = readable(caller, cooperationId);
    boolean penyalur = caseFile.groups(PENYALUR).stream().anyMatch(caller::inGroup);
    if (!caller.admin() && !penyalur) {
      throw new ForbiddenException("Hanya Penyalur kerja sama ini yang dapat mengunggah daftar "
          + "debitur dan hasil pemeriksaan SIKP.");
    }
    return caseFile;
  }
}
