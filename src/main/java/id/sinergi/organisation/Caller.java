package id.sinergi.organisation;

import java.util.List;
import java.util.Set;

/**
 * Who is calling and which organisations they act for, derived from their Camunda groups
 * through the registry.
 *
 * @param pemdaCodes the Pemda whose work the caller may see as one of its staff or officials
 * @param unitCodes the units the caller belongs to (as staff or as a position holder)
 */
public record Caller(String userId, List<String> groupIds, Set<String> pemdaCodes,
    Set<String> unitCodes, boolean admin, boolean manager, boolean pip) {

  /** PIP is a party to every cooperation; managers and administrators oversee all Pemda. */
  public boolean seesAllPemda() {
    return admin || manager || pip;
  }

  public boolean canSeePemda(String pemdaCode) {
    return seesAllPemda() || pemdaCodes.contains(pemdaCode);
  }
}
