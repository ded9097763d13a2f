package id.sinergi.organisation;

import id.sinergi.config.ForbiddenException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns the engine's current authentication (set by the API filter) into a {@link Caller}. */
@Component
public class CallerResolver {

  private final IdentityService identity;
  private final OrganisationUnitRepository units;
  private final PositionRepository positions;

  public CallerResolver(IdentityService identity, OrganisationUnitRepository units,
      PositionRepository positions) {
    this.identity = identity;
    this.units = units;
    this.positions = positions;
  }

  @Transactional(readOnly = true)
  public Caller current() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new ForbiddenException("Tidak ada pengguna yang terautentikasi.");
    }
    return of(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  @Transactional(readOnly = true)
  public Caller of(String userId, List<String> groupIds) {
    Set<String> pemda = new HashSet<>();
    Set<String> unitCodes = new HashSet<>();
    for (OrganisationUnit unit : units.findByStaffGroupIdIn(groupIds)) {
      unitCodes.add(unit.getCode());
      if (unit.getPemdaCode() != null) {
        pemda.add(unit.getPemdaCode());
      }
    }
    for (Position position : positions.findByGroupIdIn(groupIds)) {
      OrganisationUnit unit = position.getUnit();
      unitCodes.add(unit.getCode());
      if (unit.getPemdaCode() != null) {
        pemda.add(unit.getPemdaCode());
      }
    }
    boolean pip = unitCodes.stream().anyMatch(c -> c.equals("pip") || c.startsWith("pip-"));
    return new Caller(userId, List.copyOf(groupIds), Set.copyOf(pemda), Set.copyOf(unitCodes),
        groupIds.contains(Groups.ADMIN), groupIds.contains(Groups.MANAGER), pip);
  }
}
