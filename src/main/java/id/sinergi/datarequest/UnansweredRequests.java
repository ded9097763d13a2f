package id.sinergi.datarequest;

import id.sinergi.kernel.Published;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD requests of a Pemda still waiting for an answer, for whoever chases them. */
@Service
@Published
public class UnansweredRequests {

  private final OpdRequestRepository requests;

  UnansweredRequests(OpdRequestRepository requests) {
    this.requests = requests;
  }

  /** An OPD that has not answered yet and until when it should. */
  public record Unanswered(String opdCode, LocalDate dueDate) {}

  /** Open requests of the Pemda, earliest due first. */
  @Transactional(readOnly = true)
  public List<Unanswered> of(String pemdaCode) {
    return requests.findByPemdaCodeAndStatusOrderByDueDateAscOpdCodeAsc(pemdaCode,
        OpdRequest.Status.OPEN).stream()
        .map(r -> new Unanswered(r.getOpdCode(), r.getDueDate())).toList();
  }
}
