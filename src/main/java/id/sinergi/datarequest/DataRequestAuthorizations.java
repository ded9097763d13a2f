package id.sinergi.datarequest;

import id.sinergi.kernel.engine.AuthorizationGrants;

import static id.sinergi.kernel.engine.AuthorizationGrants.grantGroup;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may start a data request (from another process's call activity or from Tasklist): the
 * coordinating Bagian Ekonomi/Perekonomian of every Pemda and PIP's cooperation staff, each for
 * the Pemda the case policy allows ({@link DataRequestCases}). Reading follows the kernel's
 * access model (per Pemda); an earlier version granted READ_INSTANCE on the whole definition,
 * which let every Pemda read every other's requests: that grant is taken back here.
 */
@Component
@Order(85)
class DataRequestAuthorizations implements EngineBootstrapStep {

  static final String PIP_COOPERATION = "pip-kerjasama";

  private final OrganisationRegistry registry;

  DataRequestAuthorizations(OrganisationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void run(ProcessEngine engine) {
    AuthorizationService auth = engine.getAuthorizationService();
    for (OrganisationUnit unit : registry.allUnits()) {
      String group = unit.getStaffGroupId();
      if (group != null && (group.endsWith("-ekonomi") || group.equals(PIP_COOPERATION))) {
        grantGroup(auth, group, Resources.PROCESS_DEFINITION, DataRequestVariables.PROCESS_ID,
            Permissions.READ, Permissions.CREATE_INSTANCE);
        grantGroup(auth, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        AuthorizationGrants.revokeGroup(auth, group, Resources.PROCESS_DEFINITION,
            DataRequestVariables.PROCESS_ID, Permissions.READ_INSTANCE);
      }
    }
  }
}
