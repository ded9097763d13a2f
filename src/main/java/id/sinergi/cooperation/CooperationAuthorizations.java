package id.sinergi.cooperation;

import static id.sinergi.kernel.engine.AuthorizationGrants.grantGroup;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may start a cooperation from Tasklist: every Pemda's Bagian Ekonomi (for its own Pemda)
 * and PIP's cooperation unit (offers); {@link CooperationCases} checks the choice at every start.
 * Reading and working follow the kernel's access model.
 */
@Component
@Order(80)
class CooperationAuthorizations implements EngineBootstrapStep {

  static final String PIP_COOPERATION = "pip-kerjasama";

  @Override
  public void run(ProcessEngine engine) {
    AuthorizationService auth = engine.getAuthorizationService();
    for (Group group : engine.getIdentityService().createGroupQuery().list()) {
      if (isStarter(group.getId())) {
        grantGroup(auth, group.getId(), Resources.PROCESS_DEFINITION,
            CooperationVariables.PROCESS_KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
        grantGroup(auth, group.getId(), Resources.PROCESS_INSTANCE, Authorization.ANY,
            Permissions.CREATE);
      }
    }
  }

  static boolean isStarter(String groupId) {
    return PIP_COOPERATION.equals(groupId)
        || (groupId.startsWith("pemda-") && groupId.endsWith("-ekonomi"));
  }
}
