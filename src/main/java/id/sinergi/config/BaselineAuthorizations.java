package id.sinergi.config;

import static id.sinergi.config.AuthorizationGrants.grantGroup;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import id.sinergi.organisation.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every role may do regardless of process: staff and officials use Tasklist; managers read
 * everything in Cockpit but change nothing. Per-process rights (start, see instances) are granted
 * where each process is introduced.
 */
@Component
@Order(50)
class BaselineAuthorizations implements EngineBootstrapStep {

  @Override
  public void run(ProcessEngine engine) {
    AuthorizationService auth = engine.getAuthorizationService();
    for (Group group : engine.getIdentityService().createGroupQuery().list()) {
      if (!Groups.ADMIN.equals(group.getId())) {
        grantGroup(auth, group.getId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      }
    }
    String manager = Groups.MANAGER;
    grantGroup(auth, manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grantGroup(auth, manager, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    grantGroup(auth, manager, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.TASK, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grantGroup(auth, manager, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.GROUP, ANY, Permissions.READ);
    grantGroup(auth, manager, Resources.USER, ANY, Permissions.READ);
  }
}
