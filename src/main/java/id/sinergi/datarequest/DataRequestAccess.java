package id.sinergi.datarequest;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.error.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may see and answer a data request: the Pemda's own staff and officials see its requests
 * (PIP, managers and administrators see all); only the asked OPD, the coordinating group or an
 * administrator may answer or upload for an OPD.
 */
@Component
public class DataRequestAccess {

  public void checkSee(Caller caller, String pemdaCode) {
    if (!caller.canSeePemda(pemdaCode)) {
      throw new ForbiddenException("Permintaan data ini milik Pemda lain.");
    }
  }

  public void checkAnswer(Caller caller, OpdRequest request, DataRequestCase owner) {
    checkSee(caller, request.getPemdaCode());
    boolean allowed = caller.admin() || caller.unitCodes().contains(request.getOpdCode())
        || caller.groupIds().contains(request.getStaffGroup())
        || caller.groupIds().contains(owner.getRequesterGroup());
    if (!allowed) {
      throw new ForbiddenException("Hanya staf OPD yang diminta atau koordinator yang dapat "
          + "menjawab permintaan ini.");
    }
  }
}
