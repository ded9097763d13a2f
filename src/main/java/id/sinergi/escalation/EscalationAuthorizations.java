package id.sinergi.escalation;

import id.sinergi.kernel.engine.AuthorizationGrants;
import id.sinergi.kernel.engine.EngineBootstrapStep;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nobody starts the ladder by hand (Sinergi does, for every waiting step), so no group gets
 * CREATE_INSTANCE. Everyone may read its definition, so Tasklist shows the follow-up task's
 * process name and diagram to the head who receives it; the task itself is authorized for its
 * candidate group by the engine.
 */
@Component
@Order(90)
class EscalationAuthorizations implements EngineBootstrapStep {

  @Override
  public void run(ProcessEngine engine) {
    AuthorizationGrants.grantEveryone(engine.getAuthorizationService(),
        Resources.PROCESS_DEFINITION, LadderVariables.PROCESS_KEY, Permissions.READ);
  }
}
