package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.START_BACKGROUND;
import static id.sinergi.cooperation.CooperationVariables.START_INITIATIVE;
import static id.sinergi.cooperation.CooperationVariables.START_PEMDA;
import static id.sinergi.cooperation.CooperationVariables.STARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Leaving the start event: makes sure the cooperation exists with its number as business key,
 * also when the process was started without the start form's handler (engine API, demo data).
 * When the handler already registered it, this does nothing.
 */
@Component("cooperationRegistration")
public class CooperationRegistration implements ExecutionListener {

  private final CooperationService service;

  CooperationRegistration(CooperationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    service.register(execution, (String) execution.getVariable(STARTER),
        text(execution.getVariable(START_INITIATIVE)), text(execution.getVariable(START_PEMDA)),
        text(execution.getVariable(START_BACKGROUND)));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
