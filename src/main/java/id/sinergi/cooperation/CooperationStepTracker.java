package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the cooperation's latest step name for lists and reports outside the engine. */
@Component
public class CooperationStepTracker implements TaskListener {

  private final CooperationService service;
  private final Cases cases;

  CooperationStepTracker(CooperationService service, Cases cases) {
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.find(task.getProcessInstanceId()).map(CaseFile::getReferenceId).ifPresent(id ->
        service.recordStep(id, task.getBpmnModelElementInstance().getName()));
  }
}
