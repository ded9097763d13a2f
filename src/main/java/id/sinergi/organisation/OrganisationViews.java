package id.sinergi.organisation;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.clock.EngineClock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** JSON shapes of the registry; entities never leave the service layer. */
@Component
@Transactional(readOnly = true)
class OrganisationViews {

  private final OrganisationRegistry registry;

  OrganisationViews(OrganisationRegistry registry) {
    this.registry = registry;
  }

  record UnitSummary(String code, String name, String displayName, String kind,
      String parentCode, String pemdaCode, String staffGroupId, LocalDate validFrom,
      LocalDate validTo) {}

  record HolderView(Long id, String userId, String name, String appointment,
      LocalDate validFrom, LocalDate validTo, boolean current) {}

  record PositionView(String code, String title, String unitCode, String groupId,
      boolean headOfUnit, List<HolderView> currentHolders) {}

  record UnitDetail(UnitSummary unit, List<PositionView> positions) {}

  record PemdaDetail(UnitSummary pemda, List<UnitDetail> units) {}

  record CallerView(String userId, List<String> groups, List<String> pemdaCodes,
      List<String> unitCodes, boolean admin, boolean manager, boolean pip) {}

  UnitSummary summary(OrganisationUnit u) {
    return new UnitSummary(u.getCode(), u.getName(), registry.displayName(u), u.getKind().name(),
        u.getParent() == null ? null : u.getParent().getCode(), u.getPemdaCode(),
        u.getStaffGroupId(), u.getValidFrom(), u.getValidTo());
  }

  UnitDetail unitDetail(OrganisationUnit u) {
    return new UnitDetail(summary(u),
        registry.positionsOf(u.getCode()).stream().map(this::position).toList());
  }

  PemdaDetail pemdaDetail(OrganisationUnit pemda) {
    List<UnitDetail> units = new java.util.ArrayList<>();
    units.add(unitDetail(pemda));
    registry.currentUnitsOf(pemda.getCode()).forEach(u -> units.add(unitDetail(u)));
    return new PemdaDetail(summary(pemda), units);
  }

  PositionView position(Position p) {
    return new PositionView(p.getCode(), p.getTitle(), p.getUnit().getCode(), p.getGroupId(),
        p.isHeadOfUnit(), registry.currentHolders(p.getCode()).stream().map(this::holder).toList());
  }

  HolderView holder(PositionHolder h) {
    return new HolderView(h.getId(), h.getUserId(), h.getHolderName(), h.getAppointment().name(),
        h.getValidFrom(), h.getValidTo(), h.isValidOn(EngineClock.today()));
  }

  CallerView caller(Caller c) {
    return new CallerView(c.userId(), c.groupIds(), c.pemdaCodes().stream().sorted().toList(),
        c.unitCodes().stream().sorted().toList(), c.admin(), c.manager(), c.pip());
  }
}
