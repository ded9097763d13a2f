package id.sinergi.escalation;

import id.sinergi.datarequest.UnansweredRequests;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names the OPDs of a Pemda that have not answered a cross-OPD data request yet. */
@Component
class UnansweredOpds {

  private final UnansweredRequests requests;
  private final OrganisationRegistry registry;
  private final WaitingTasks reads;

  UnansweredOpds(UnansweredRequests requests, OrganisationRegistry registry, WaitingTasks reads) {
    this.requests = requests;
    this.registry = registry;
    this.reads = reads;
  }

  /**
   * e.g. "Dinas Tenaga Kerja (tenggat 2026-12-08), Bappeda (tenggat 2026-12-08)"; null if none.
   * Read once per Pemda and transaction (a check's batch escalates many steps of one Pemda).
   */
  String describe(String pemdaCode) {
    if (pemdaCode == null) {
      return null;
    }
    String described = reads.remember("unanswered:" + pemdaCode, () -> {
      String text = read(pemdaCode);
      return text == null ? "" : text;
    });
    return described.isEmpty() ? null : described;
  }

  private String read(String pemdaCode) {
    var open = requests.of(pemdaCode);
    if (open.isEmpty()) {
      return null;
    }
    return open.stream().map(r -> registry.findUnit(r.opdCode()).map(OrganisationUnit::getName)
            .orElse(r.opdCode()) + " (tenggat " + r.dueDate() + ")")
        .distinct().collect(Collectors.joining(", "));
  }
}
