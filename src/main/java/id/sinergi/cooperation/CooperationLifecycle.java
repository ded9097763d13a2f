package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.COOPERATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the end events of the BPMN: ${cooperationLifecycle.end(execution, 'CLOSED')}. */
@Component("cooperationLifecycle")
public class CooperationLifecycle {

  private final CooperationService service;

  CooperationLifecycle(CooperationService service) {
    this.service = service;
  }

  public void end(DelegateExecution execution, String status) {
    service.end(cooperationId(execution), CooperationStatus.valueOf(status));
  }

  static long cooperationId(DelegateExecution execution) {
    return ((Number) execution.getVariable(COOPERATION_ID)).longValue();
  }
}
