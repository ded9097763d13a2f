package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.COOPERATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the cooperation's latest step name for lists and reports outside the engine. */
@Component("cooperationStepTracker")
public class CooperationStepTracker implements TaskListener {

  private final CooperationService service;

  CooperationStepTracker(CooperationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Object id = task.getVariable(COOPERATION_ID);
    if (id != null) {
      service.recordStep(((Number) id).longValue(), task.getBpmnModelElementInstance().getName());
    }
  }
}
