package id.sinergi.datarequest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Flags businesses that get the same kind of help from several OPDs; recomputed, never added. */
@Component
public class DetectDuplicateProgrammes implements JavaDelegate {

  private final DataRequestService service;
  private final DuplicateDetector detector;

  private final DataRequestCases cases;

  public DetectDuplicateProgrammes(DataRequestService service,
      DuplicateDetector detector, DataRequestCases cases) {
    this.cases = cases;
    this.service = service;
    this.detector = detector;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DataRequestCase found = service.caseById(cases.caseId(execution));
    detector.detect(found.getId(), found.getPemdaCode(), ActorImportService.now());
  }
}
