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
 * Who may start a cooperation from Tasklist: every Pemda's Bagian Ekonomi (for its own Pemda,
 * checked by the start form's handler) and PIP's cooperation unit (offers). Tasks need no
 * grant (the engine authorizes each task's candidate group), but every group with tasks in the
 * process may read its definition: Tasklist shows the process name and the documents tab reads
 * the task's declared documents from the model.
 */
@Component
@Order(80)
class CooperationAuthorizations implements EngineBootstrapStep {

  static final String PIP_COOPERATION = "pip-kerjasama";

  @Override
  public void run(ProcessEngine engine) {
    AuthorizationService auth = engine.getAuthorizationService();
    for (Group group : engine.getIdentityService().createGroupQuery().list()) {
      if (hasTasks(group.getId())) {
        grantGroup(auth, group.getId(), Resources.PROCESS_DEFINITION,
            CooperationVariables.PROCESS_KEY, Permissions.READ);
      }
      if (isStarter(group.getId())) {
        grantGroup(auth, group.getId(), Resources.PROCESS_DEFINITION,
            CooperationVariables.PROCESS_KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
        grantGroup(auth, group.getId(), Resources.PROCESS_INSTANCE, Authorization.ANY,
            Permissions.CREATE);
      }
    }
  }

  static boolean hasTasks(String groupId) {
    return isStarter(groupId) || groupId.equals(PIP_COOPERATION + "-kepala")
        || (groupId.startsWith("pemda-")
            && (groupId.endsWith("-sekda") || groupId.endsWith("-kepala-daerah")))
        || (groupId.startsWith("penyalur-") && !groupId.endsWith("-pimpinan"));
  }

  static boolean isStarter(String groupId) {
    return PIP_COOPERATION.equals(groupId)
        || (groupId.startsWith("pemda-") && groupId.endsWith("-ekonomi"));
  }
}
