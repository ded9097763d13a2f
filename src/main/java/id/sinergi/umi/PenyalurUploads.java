package id.sinergi.umi;

import id.sinergi.datarequest.sheet.UnreadableSheetException;
import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * What the Penyalur of a cooperation uploads, whatever the path (REST, the demo): its monthly
 * debtor list and bulk SIKP checks. Only the Penyalur taking part in the cooperation's case (or
 * an administrator) may; an unreadable file is a 400 on the field, bad rows a refused upload.
 */
@Service
@Published
public class PenyalurUploads {

  private final UmiAccess access;
  private final DebtorLists debtorLists;
  private final SikpChecks sikp;

  PenyalurUploads(UmiAccess access, DebtorLists debtorLists, SikpChecks sikp) {
    this.access = access;
    this.debtorLists = debtorLists;
    this.sikp = sikp;
  }

  public Uploads.Outcome debtorList(Caller caller, long cooperationId, YearMonth month,
      String fileName, byte[] content) {
    access.asPenyalur(caller, cooperationId);
    return readable(() -> debtorLists.upload(cooperationId, month, fileName, content, caller));
  }

  public Uploads.Outcome sikpChecks(Caller caller, long cooperationId, String fileName,
      byte[] content) {
    CaseFile caseFile = access.asPenyalur(caller, cooperationId);
    return readable(() -> sikp.importFile(cooperationId,
        caseFile.group(UmiAccess.PENYALUR).orElse(null), fileName, content, caller));
  }

  private static Uploads.Outcome readable(Supplier<Uploads.Outcome> work) {
    try {
      return work.get();
    } catch (UnreadableSheetException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
  }
}
