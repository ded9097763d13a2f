package id.sinergi.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the end events of the BPMN: ${cooperationLifecycle.end(execution, 'CLOSED')}. */
@Component
public class CooperationLifecycle {

  private final CooperationService service;
  private final CooperationCases cases;

  CooperationLifecycle(CooperationService service, CooperationCases cases) {
    this.service = service;
    this.cases = cases;
  }

  public void end(DelegateExecution execution, String status) {
    service.end(cases.cooperationId(execution), CooperationStatus.valueOf(status));
  }
}
