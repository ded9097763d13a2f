package id.sinergi.kernel.caller;

import id.sinergi.kernel.Published;
import java.util.List;
import java.util.Set;

/**
 * Who is calling and which organisations they act for, derived from their Camunda groups
 * through the registry. Every access decision of Sinergi starts here ({@link CaseAccess}).
 *
 * @param pemdaCodes the Pemda whose cases the caller reads as one of its staff or officials
 * @param unitCodes the units the caller belongs to (as staff or as a position holder)
 */
@Published
public record Caller(String userId, List<String> groupIds, Set<String> pemdaCodes,
    Set<String> unitCodes, boolean admin, boolean manager, boolean pip) {

  /** The system itself: demo seeding, the job executor, Sinergi's own delegates. */
  public static final Caller SYSTEM = new Caller(null, List.of(), Set.of(), Set.of(), true,
      false, false);

  /** PIP is a party to every cooperation; managers and administrators oversee all Pemda. */
  public boolean seesAllPemda() {
    return admin || manager || pip;
  }

  public boolean canSeePemda(String pemdaCode) {
    return seesAllPemda() || (pemdaCode != null && pemdaCodes.contains(pemdaCode));
  }

  public boolean inGroup(String groupId) {
    return groupId != null && groupIds.contains(groupId);
  }

  public boolean isSystem() {
    return userId == null;
  }

  /** Managers watch and never change anything. */
  public boolean readOnly() {
    return manager && !admin && !pip && pemdaCodes.isEmpty() && unitCodes.isEmpty();
  }

  /** "sistem" for the system, else the user id: what Sinergi records as "who". */
  public String who() {
    return userId == null ? "sistem" : userId;
  }
}
