package id.sinergi.incubation;

import static id.sinergi.kernel.engine.AuthorizationGrants.grantGroup;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.UnitKind;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Incubator staff (STIPark, PLUT, Kubinov, every BLK) may open a cohort from Tasklist and follow
 * their cohorts' and participants' instances. Participant instances are started by the cohort,
 * never by hand; every other party works through the tasks addressed to its group.
 */
@Component
@Order(95)
class IncubationAuthorizations implements EngineBootstrapStep {

  private final OrganisationRegistry registry;

  IncubationAuthorizations(OrganisationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void run(ProcessEngine engine) {
    AuthorizationService auth = engine.getAuthorizationService();
    for (OrganisationUnit unit : registry.allUnits()) {
      if (unit.getKind() != UnitKind.INCUBATOR || unit.getStaffGroupId() == null) {
        continue;
      }
      String group = unit.getStaffGroupId();
      grantGroup(auth, group, Resources.PROCESS_DEFINITION, IncubationVariables.COHORT_PROCESS,
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grantGroup(auth, group, Resources.PROCESS_DEFINITION,
          IncubationVariables.PARTICIPANT_PROCESS, Permissions.READ);
      grantGroup(auth, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }
}
