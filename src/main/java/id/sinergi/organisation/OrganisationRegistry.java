package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisation registry: Pemda, units, positions and who holds them today. */
@Service
@Transactional(readOnly = true)
@Published
public class OrganisationRegistry {

  private final OrganisationUnitRepository units;
  private final PositionRepository positions;
  private final PositionHolderRepository holders;

  public OrganisationRegistry(OrganisationUnitRepository units, PositionRepository positions,
      PositionHolderRepository holders) {
    this.units = units;
    this.positions = positions;
    this.holders = holders;
  }

  public List<OrganisationUnit> pemdas() {
    return units.findByKindOrderByCode(UnitKind.PEMDA);
  }

  public OrganisationUnit pemda(String code) {
    OrganisationUnit unit = unit(code);
    if (unit.getKind() != UnitKind.PEMDA) {
      throw new NotFoundException("Pemda dengan kode '" + code + "' tidak ditemukan.");
    }
    return unit;
  }

  public OrganisationUnit unit(String code) {
    return units.findById(code).orElseThrow(
        () -> new NotFoundException("Unit organisasi dengan kode '" + code + "' tidak ditemukan."));
  }

  /** The unit, if the code names one (no exception: a caller may decide what a miss means). */
  public Optional<OrganisationUnit> findUnit(String code) {
    return code == null ? Optional.empty() : units.findById(code);
  }

  public Optional<Position> findPosition(String code) {
    return code == null ? Optional.empty() : positions.findById(code);
  }

  /** The units whose staff groups these are. */
  public List<OrganisationUnit> unitsOfStaffGroups(Collection<String> groupIds) {
    return groupIds.isEmpty() ? List.of() : units.findByStaffGroupIdIn(groupIds);
  }

  /** The positions whose groups these are. */
  public List<Position> positionsOfGroups(Collection<String> groupIds) {
    return groupIds.isEmpty() ? List.of() : positions.findByGroupIdIn(groupIds);
  }

  public List<OrganisationUnit> allUnits() {
    return units.findAll();
  }

  /** The Pemda's units valid today, the Pemda itself excluded. */
  public List<OrganisationUnit> currentUnitsOf(String pemdaCode) {
    LocalDate today = EngineClock.today();
    return units.findByPemdaCodeOrderByCode(pemdaCode).stream()
        .filter(u -> u.getKind() != UnitKind.PEMDA && u.isValidOn(today)).toList();
  }

  public List<Position> positionsOf(String unitCode) {
    return positions.findByUnitCodeOrderByCode(unitCode);
  }

  public Position position(String code) {
    return positions.findById(code).orElseThrow(
        () -> new NotFoundException("Jabatan dengan kode '" + code + "' tidak ditemukan."));
  }

  public List<Position> allPositions() {
    return positions.findAll();
  }

  public List<PositionHolder> holdersOf(String positionCode) {
    return holders.findByPositionCodeOrderByValidFromDesc(positionCode);
  }

  /**
   * {@link #currentHolders} of every position, by position code, read in one query (positions
   * nobody holds today are absent): start-up syncs all ~90 position groups.
   */
  public Map<String, List<PositionHolder>> currentHoldersByPosition() {
    LocalDate today = EngineClock.today();
    Map<String, List<PositionHolder>> byPosition = new HashMap<>();
    holders.findAll(Sort.by(Sort.Direction.DESC, "validFrom")).stream()
        .filter(h -> h.isValidOn(today))
        .forEach(h -> byPosition.computeIfAbsent(h.getPosition().getCode(),
            code -> new ArrayList<>()).add(h));
    return byPosition;
  }

  /** Whoever holds the position today, acting officials (Plt/Pj/Plh) included. */
  public List<PositionHolder> currentHolders(String positionCode) {
    LocalDate today = EngineClock.today();
    return holdersOf(positionCode).stream().filter(h -> h.isValidOn(today)).toList();
  }

  /**
   * The positions a stalled step of the unit escalates to, nearest first: the head of the
   * unit, then the heads of its parents. A Pemda's ladder ends at the Sekda (head of the Setda,
   * who coordinates the OPDs); other organisations end at their top unit.
   */
  public List<Position> escalationPath(String unitCode) {
    List<Position> path = new ArrayList<>();
    for (OrganisationUnit u = unit(unitCode); u != null; u = u.getParent()) {
      positions.findFirstByUnitCodeAndHeadOfUnitTrue(u.getCode()).ifPresent(path::add);
      if (u.getKind() == UnitKind.SETDA) {
        break;
      }
    }
    return path;
  }

  /** "Bagian Ekonomi Setda — Lombok Tengah": what a person reads in Tasklist and Admin. */
  public String displayName(OrganisationUnit unit) {
    if (unit.getPemdaCode() == null || unit.getKind() == UnitKind.PEMDA) {
      return unit.getName();
    }
    String pemdaName = units.findById(unit.getPemdaCode())
        .map(OrganisationUnit::getShortName).orElse(unit.getPemdaCode());
    return unit.getName() + " — " + pemdaName;
  }
}
