package id.sinergi.organisation;

import id.sinergi.kernel.caller.Affiliations;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's Pemda and units from their groups: unit staff groups and position groups. Incubators
 * (STIPark, PLUT, Kubinov, the BLKs) and Penyalur serve every Pemda, so their groups add units but
 * no Pemda whose cases their members would read.
 */
@Component
class RegistryAffiliations implements Affiliations {

  private final OrganisationUnitRepository units;
  private final PositionRepository positions;

  RegistryAffiliations(OrganisationUnitRepository units, PositionRepository positions) {
    this.units = units;
    this.positions = positions;
  }

  @Override
  @Transactional(readOnly = true)
  public Affiliation of(Collection<String> groupIds) {
    Set<String> pemda = new HashSet<>();
    Set<String> unitCodes = new HashSet<>();
    if (groupIds.isEmpty()) {
      return new Affiliation(Set.of(), Set.of());
    }
    for (OrganisationUnit unit : units.findByStaffGroupIdIn(groupIds)) {
      add(unit, pemda, unitCodes);
    }
    for (Position position : positions.findByGroupIdIn(groupIds)) {
      add(position.getUnit(), pemda, unitCodes);
    }
    return new Affiliation(Set.copyOf(pemda), Set.copyOf(unitCodes));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Affiliation> ofEach(Collection<String> groupIds) {
    Map<String, Set<String>> pemda = new HashMap<>();
    Map<String, Set<String>> unitCodes = new HashMap<>();
    if (!groupIds.isEmpty()) {
      for (OrganisationUnit unit : units.findByStaffGroupIdIn(groupIds)) {
        add(unit, pemda.computeIfAbsent(unit.getStaffGroupId(), g -> new HashSet<>()),
            unitCodes.computeIfAbsent(unit.getStaffGroupId(), g -> new HashSet<>()));
      }
      for (Position position : positions.findByGroupIdIn(groupIds)) {
        add(position.getUnit(), pemda.computeIfAbsent(position.getGroupId(), g -> new HashSet<>()),
            unitCodes.computeIfAbsent(position.getGroupId(), g -> new HashSet<>()));
      }
    }
    Map<String, Affiliation> byGroup = new HashMap<>();
    for (String groupId : groupIds) {
      byGroup.put(groupId, new Affiliation(Set.copyOf(pemda.getOrDefault(groupId, Set.of())),
          Set.copyOf(unitCodes.getOrDefault(groupId, Set.of()))));
    }
    return byGroup;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> pemdas() {
    Map<String, String> pemdas = new LinkedHashMap<>();
    units.findByKindOrderByCode(UnitKind.PEMDA).forEach(u -> pemdas.put(u.getCode(), u.getName()));
    return pemdas;
  }

  private static void add(OrganisationUnit unit, Set<String> pemda, Set<String> unitCodes) {
    unitCodes.add(unit.getCode());
    if (unit.getPemdaCode() != null && unit.getKind().readsItsPemda()) {
      pemda.add(unit.getPemdaCode());
    }
  }
}
