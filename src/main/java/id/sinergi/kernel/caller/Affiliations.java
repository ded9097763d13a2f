package id.sinergi.kernel.caller;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the organisation registry knows about a user's Camunda groups. Implemented by the
 * organisation capability; the kernel only asks.
 */
public interface Affiliations {

  Affiliation of(Collection<String> groupIds);

  /**
   * Each group's affiliation on its own, as {@link #of} of that one group would answer (groups
   * the registry does not know get an empty one), read in one go: start-up asks for every group.
   */
  Map<String, Affiliation> ofEach(Collection<String> groupIds);

  /** Every Pemda of the registry, by region code: each is a Camunda tenant. */
  Map<String, String> pemdas();

  /**
   * @param pemdaCodes the Pemda whose cases the groups read as that Pemda's own staff or
   *     officials (incubators and Penyalur serve every Pemda and are not counted here)
   * @param unitCodes every unit the groups belong to, as staff or as a position holder
   */
  record Affiliation(Set<String> pemdaCodes, Set<String> unitCodes) {}
}
