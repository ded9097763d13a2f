package id.sinergi.datarequest;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expressions of the BPMN's per-OPD subprocess (bean {@code dataRequestTasks}): which requests
 * to fan out over, and each OPD task's group and name, read from the requests table.
 */
@Component
public class DataRequestTasks {

  private final DataRequestService service;

  public DataRequestTasks(DataRequestService service) {
    this.service = service;
  }

  /** Multi-instance collection: the ids of the case's requests. */
  public List<Long> requestIds(Object caseId) {
    return service.requestsOf(toLong(caseId)).stream().map(OpdRequest::getId).toList();
  }

  /** The OPD's staff group from the registry, e.g. pemda-52.04-diskop. */
  public String candidateGroup(Object requestId) {
    return service.request(toLong(requestId)).getStaffGroup();
  }

  /** "program dukungan dan pelaku usaha", for the task name. */
  public String kindsLabel(Object requestId) {
    return DataKind.labels(service.request(toLong(requestId)).getKinds());
  }

  static long toLong(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    return Long.parseLong(String.valueOf(value));
  }
}
