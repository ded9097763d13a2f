package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Groups;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps Camunda's groups in step with the registry: one group per unit's staff, one per
 * position, and each position group's members equal to the position's holders today. Work
 * addressed to a position group therefore reaches whoever holds the position now, an acting
 * official included.
 *
 * <p>Takes the {@link IdentityService} per call because it runs while the engine is being
 * built, before the engine's services exist as Spring beans.
 */
@Service
@Transactional
@Published
public class IdentitySync {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);

  private final OrganisationRegistry registry;
  private final PositionHolderRepository holders;

  public IdentitySync(OrganisationRegistry registry, PositionHolderRepository holders) {
    this.registry = registry;
    this.holders = holders;
  }

  public void syncGroups(IdentityService identity) {
    int created = 0;
    // The existing groups in one read, not one query per registry group (~180 at start-up).
    Map<String, Group> existing = identity.createGroupQuery().list().stream()
        .collect(Collectors.toMap(Group::getId, group -> group, (first, second) -> first));
    for (OrganisationUnit unit : registry.allUnits()) {
      if (unit.getStaffGroupId() != null) {
        created += ensureGroup(identity, existing, unit.getStaffGroupId(),
            "Staf " + registry.displayName(unit), Groups.TYPE_UNIT);
      }
    }
    for (Position position : registry.allPositions()) {
      created += ensureGroup(identity, existing, position.getGroupId(),
          position.getTitle() + " — " + registry.displayName(position.getUnit()),
          Groups.TYPE_POSITION);
    }
    created += ensureGroup(identity, existing, Groups.MANAGER, "Manajer (pemantauan di Cockpit)",
        Groups.TYPE_ROLE);
    created += ensureGroup(identity, existing, Groups.ADMIN, "Administrator Sinergi",
        Groups.TYPE_ROLE);
    if (created > 0) {
      LOG.info("Created {} Camunda groups from the organisation registry", created);
    }
  }

  public void syncAllPositionMembers(IdentityService identity) {
    // Every position's holders and which of them are Camunda users in two reads, not two per
    // position (~90 at start-up).
    Map<String, List<PositionHolder>> holdersByPosition = registry.currentHoldersByPosition();
    List<String> holderIds = holdersByPosition.values().stream().flatMap(List::stream)
        .map(PositionHolder::getUserId).distinct().toList();
    Set<String> users = holderIds.isEmpty() ? Set.of() : identity.createUserQuery()
        .userIdIn(holderIds.toArray(String[]::new)).list().stream().map(User::getId)
        .collect(Collectors.toSet());
    registry.allPositions().forEach(p -> syncPositionMembers(identity, p,
        holdersByPosition.getOrDefault(p.getCode(), List.of()).stream()
            .map(PositionHolder::getUserId).filter(users::contains)
            .collect(Collectors.toSet())));
  }

  public void syncPositionMembers(IdentityService identity, String positionCode) {
    syncPositionMembers(identity, registry.position(positionCode));
  }

  private void syncPositionMembers(IdentityService identity, Position position) {
    syncPositionMembers(identity, position, registry.currentHolders(position.getCode()).stream()
        .map(PositionHolder::getUserId)
        .filter(userId -> userExists(identity, userId))
        .collect(Collectors.toSet()));
  }

  /** @param wanted the position's holders today who are Camunda users */
  private void syncPositionMembers(IdentityService identity, Position position,
      Set<String> wanted) {
    String groupId = position.getGroupId();
    Set<String> actual = identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId).collect(Collectors.toCollection(HashSet::new));
    for (String userId : wanted) {
      if (!actual.contains(userId)) {
        identity.createMembership(userId, groupId);
        LOG.info("{} now holds {} ({})", userId, position.getTitle(), groupId);
      }
    }
    for (String userId : actual) {
      if (!wanted.contains(userId)) {
        identity.deleteMembership(userId, groupId);
        LOG.info("{} no longer holds {} ({})", userId, position.getTitle(), groupId);
      }
    }
  }

  /**
   * Appoints a user to a position from today's start-up work (demo data, migrations), once:
   * an existing tenure is kept. The position group's members follow at once.
   */
  public void appointOnce(IdentityService identity, String positionCode, String userId,
      String holderName, Appointment appointment, LocalDate validFrom) {
    Position position = registry.position(positionCode);
    if (!holders.existsByPositionCodeAndUserId(positionCode, userId)) {
      holders.save(new PositionHolder(position, userId, holderName, appointment, validFrom, null));
    }
    syncPositionMembers(identity, position);
  }

  public static boolean userExists(IdentityService identity, String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  private int ensureGroup(IdentityService identity, Map<String, Group> existing, String id,
      String name, String type) {
    Group group = existing.get(id);
    if (group == null) {
      group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
      existing.put(id, group);
      return 1;
    }
    if (!name.equals(group.getName())) {
      group.setName(name);
      identity.saveGroup(group);
    }
    return 0;
  }
}
