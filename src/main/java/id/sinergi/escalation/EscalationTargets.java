package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.Position;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an escalation reaches, resolved when it happens (so a Plt appointed yesterday is reached):
 * level 1 the step's own holder, level 2 the head of the responsible unit, level 3 the Sekda of
 * its Pemda (PIP's steps: the head of PIP's cooperation unit) together with PIP's coordinators.
 */
@Component
public class EscalationTargets {

  public static final String PIP_COORDINATORS = "pip-kerjasama";
  public static final String PIP_COOPERATION_HEAD = "pip-kerjasama-kepala";

  /** Groups and users reached, and a readable description of who holds the step now. */
  public record Targets(List<String> groups, List<String> users, String holder) {}

  private final WaitingTasks tasks;
  private final IdentityService identity;
  private final OrganisationRegistry registry;
  private final OrganisationRegistry units;
  private final OrganisationRegistry positions;

  EscalationTargets(WaitingTasks tasks, IdentityService identity,
      OrganisationRegistry registry, OrganisationRegistry units,
      OrganisationRegistry positions) {
    this.tasks = tasks;
    this.identity = identity;
    this.registry = registry;
    this.units = units;
    this.positions = positions;
  }

  @Transactional(readOnly = true)
  public Targets forLevel(int level, StalledStep step) {
    Holding holding = holding(step);
    List<String> groups = switch (level) {
      case 1 -> holding.groups();
      case 2 -> List.of(headOfResponsibleUnit(holding));
      case 3 -> List.of(topOfLadder(holding, step.pemdaCode()), PIP_COORDINATORS);
      default -> throw new IllegalArgumentException("Escalation level must be 1, 2 or 3: " + level);
    };
    Set<String> users = new LinkedHashSet<>();
    if (level == 1) {
      users.addAll(holding.users());
    }
    groups.forEach(g -> users.addAll(tasks.members(g)));
    return new Targets(List.copyOf(new LinkedHashSet<>(groups)), List.copyOf(users),
        holding.describe(tasks));
  }

  /** Who has the step now: its assignee, else its candidate users and groups. */
  private record Holding(String assignee, List<String> groups, List<String> users,
      List<String> unitGroups) {
    String describe(WaitingTasks names) {
      if (assignee != null) {
        return "diklaim oleh " + names.userName(assignee);
      }
      List<String> parts = new ArrayList<>();
      for (String groupId : groups) {
        parts.add(names.groupName(groupId));
      }
      users.forEach(u -> parts.add(names.userName(u)));
      return parts.isEmpty() ? "tidak ada pemegang" : "belum diklaim — " + String.join(", ", parts);
    }
  }

  private Holding holding(StalledStep step) {
    if (step.kind() == StepKind.MESSAGE_WAIT) {
      List<String> responsible = List.of(step.responsibleGroup());
      return new Holding(null, responsible, List.of(), responsible);
    }
    Task task = tasks.find(step.taskId()).orElse(null);
    if (task == null) {
      return new Holding(null, List.of(), List.of(), List.of());
    }
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : tasks.identityLinks(task)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    if (task.getAssignee() == null) {
      return new Holding(null, groups, users, groups);
    }
    // A claimed task: the reminder goes to the person; the unit is still the candidate group's,
    // or the assignee's own when the task was addressed to them alone.
    if (groups.isEmpty()) {
      identity.createGroupQuery().groupMember(task.getAssignee()).list()
          .forEach(g -> groups.add(g.getId()));
    }
    return new Holding(task.getAssignee(), List.of(), List.of(task.getAssignee()), groups);
  }

  private String headOfResponsibleUnit(Holding holding) {
    List<String> groups = holding.unitGroups();
    Optional<OrganisationUnit> unit = responsibleUnit(groups);
    if (unit.isEmpty()) {
      return PIP_COOPERATION_HEAD;
    }
    // The registry's path ends at the Sekda; a step the Sekda holds goes on to the regional head.
    List<Position> path = new ArrayList<>(registry.escalationPath(unit.get().getCode()));
    String pemda = unit.get().getPemdaCode();
    if (pemda != null) {
      positions.findPosition(pemda + "-kepala-daerah").ifPresent(path::add);
    }
    return path.stream().map(Position::getGroupId).filter(g -> !groups.contains(g)).findFirst()
        .orElse(PIP_COOPERATION_HEAD);
  }

  private String topOfLadder(Holding holding, String stepPemda) {
    Optional<OrganisationUnit> unit = responsibleUnit(holding.unitGroups());
    if (unit.isPresent() && isPip(unit.get())) {
      return PIP_COOPERATION_HEAD;
    }
    String pemda = unit.map(OrganisationUnit::getPemdaCode).orElse(stepPemda);
    if (pemda == null) {
      return PIP_COOPERATION_HEAD;
    }
    return positions.findPosition(pemda + "-sekda").map(Position::getGroupId)
        .orElse(PIP_COOPERATION_HEAD);
  }

  /** The unit whose staff or head holds the step; a Pemda's unit before anyone else's. */
  private Optional<OrganisationUnit> responsibleUnit(List<String> groups) {
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    List<OrganisationUnit> candidates = new ArrayList<>(units.unitsOfStaffGroups(groups));
    positions.positionsOfGroups(groups).forEach(p -> candidates.add(p.getUnit()));
    return candidates.stream().filter(u -> u.getPemdaCode() != null).findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  private static boolean isPip(OrganisationUnit unit) {
    return unit.getCode().equals("pip") || unit.getCode().startsWith("pip-");
  }

  static String userName(IdentityService identity, String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name + " (" + userId + ")";
  }
}
