package id.sinergi.kernel.access;

import static id.sinergi.kernel.engine.AuthorizationGrants.grantGroup;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import id.sinergi.kernel.caller.Affiliations;
import id.sinergi.kernel.caller.Affiliations.Affiliation;
import id.sinergi.kernel.caller.Groups;
import id.sinergi.kernel.engine.AuthorizationGrants;
import id.sinergi.kernel.engine.EngineBootstrapStep;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sinergi's access model, written into Camunda at every start (and nightly). A case belongs to
 * one Pemda, which is its Camunda tenant:
 *
 * <ul>
 *   <li>a Pemda's staff and officials are members of that Pemda's tenant only and read every case
 *       of their Pemda (read grants on process definitions, which the tenant check narrows to
 *       their Pemda);
 *   <li>PIP and managers are members of every tenant and read every case;
 *   <li>Penyalur and incubators serve every Pemda: members of every tenant, they read only the
 *       cases they take part in (per-instance grants, written by {@code Cases.addParty});
 *   <li>everyone works only on tasks of their groups (task grants: claim and complete, never
 *       write variables) and reads process models;
 *   <li>administrators may do everything; nobody else touches system resources
 *       ({@link EngineGuard}).
 * </ul>
 */
@Component
@Order(50)
public class AccessModel implements EngineBootstrapStep {

  private static final Logger LOG = LoggerFactory.getLogger(AccessModel.class);

  private final Affiliations affiliations;

  public AccessModel(Affiliations affiliations) {
    this.affiliations = affiliations;
  }

  @Override
  public void run(ProcessEngine engine) {
    apply(engine);
  }

  /** Idempotent: adds what is missing for every group that exists now. */
  public void apply(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService auth = engine.getAuthorizationService();
    Map<String, String> pemdas = affiliations.pemdas();
    ensureTenants(identity, pemdas);
    Map<String, Set<String>> members = pemdas.keySet().stream().collect(Collectors.toMap(
        t -> t, t -> identity.createGroupQuery().memberOfTenant(t).list().stream()
            .map(Group::getId).collect(Collectors.toCollection(HashSet::new))));
    int added = 0;
    // One read each for the groups, their affiliations and their two grants, instead of one per
    // group: start-up runs this for ~180 groups before the webapps answer.
    List<Group> groups = identity.createGroupQuery().list();
    Map<String, Affiliation> affiliationOf = affiliations.ofEach(
        groups.stream().map(Group::getId).toList());
    Map<String, Authorization> tasklistGrants = AuthorizationGrants.groupGrants(auth,
        Resources.APPLICATION, "tasklist");
    Map<String, Authorization> definitionGrants = AuthorizationGrants.groupGrants(auth,
        Resources.PROCESS_DEFINITION, ANY);
    for (Group group : groups) {
      String id = group.getId();
      if (Groups.ADMIN.equals(id)) {
        continue;
      }
      grantGroup(auth, tasklistGrants.get(id), id, Resources.APPLICATION, "tasklist",
          Permissions.ACCESS);
      Affiliation affiliation = affiliationOf.get(id);
      boolean manager = Groups.MANAGER.equals(id);
      boolean pip = affiliation.unitCodes().stream()
          .anyMatch(u -> u.equals("pip") || u.startsWith("pip-"));
      boolean servesEveryPemda = manager
          || (!affiliation.unitCodes().isEmpty() && affiliation.pemdaCodes().isEmpty());
      Set<String> tenants = servesEveryPemda ? pemdas.keySet() : affiliation.pemdaCodes();
      for (String tenant : tenants) {
        if (members.containsKey(tenant) && members.get(tenant).add(id)) {
          identity.createTenantGroupMembership(tenant, id);
          added++;
        }
      }
      if (manager || pip || !affiliation.pemdaCodes().isEmpty()) {
        grantGroup(auth, definitionGrants.get(id), id, Resources.PROCESS_DEFINITION, ANY,
            Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      } else {
        grantGroup(auth, definitionGrants.get(id), id, Resources.PROCESS_DEFINITION, ANY,
            Permissions.READ);
      }
    }
    grantManagers(auth);
    if (added > 0) {
      LOG.info("Access model: {} tenant memberships added ({} Pemda tenants)", added,
          pemdas.size());
    }
  }

  private static void ensureTenants(IdentityService identity, Map<String, String> pemdas) {
    Set<String> existing = identity.createTenantQuery().list().stream().map(Tenant::getId)
        .collect(Collectors.toSet());
    pemdas.forEach((code, name) -> {
      if (!existing.contains(code)) {
        Tenant tenant = identity.newTenant(code);
        tenant.setName(name);
        identity.saveTenant(tenant);
      }
    });
  }

  /** Managers watch everything in Cockpit and change nothing. */
  private static void grantManagers(AuthorizationService auth) {
    String manager = Groups.MANAGER;
    grantGroup(auth, manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grantGroup(auth, manager, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    grantGroup(auth, manager, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.TASK, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grantGroup(auth, manager, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
        HistoricProcessInstancePermissions.READ);
    grantGroup(auth, manager, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grantGroup(auth, manager, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.GROUP, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.USER, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.TENANT, ANY, Permissions.READ);
  }
}
