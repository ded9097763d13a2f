package id.sinergi.escalation;

import id.sinergi.datarequest.OpdRequest;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.OrganisationUnitRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPDs of a Pemda that still owe an answer to a cross-OPD data request. A stalled step of
 * that Pemda often waits on them, so the escalation names them for the official it reaches.
 */
@Component
class UnansweredOpds {

  private final EntityManager entities;
  private final OrganisationUnitRepository units;

  UnansweredOpds(EntityManager entities, OrganisationUnitRepository units) {
    this.entities = entities;
    this.units = units;
  }

  /** e.g. "Dinas Tenaga Kerja (tenggat 2026-12-08), Bappeda (tenggat 2026-12-08)"; null if none. */
  @Transactional(readOnly = true)
  String describe(String pemdaCode) {
    if (pemdaCode == null) {
      return null;
    }
    List<OpdRequest> open = entities.createQuery("select r from OpdRequest r where r.pemdaCode = "
            + ":pemda and r.status = :open order by r.dueDate, r.opdCode", OpdRequest.class)
        .setParameter("pemda", pemdaCode).setParameter("open", OpdRequest.Status.OPEN)
        .getResultList();
    if (open.isEmpty()) {
      return null;
    }
    return open.stream().map(r -> units.findById(r.getOpdCode()).map(OrganisationUnit::getName)
            .orElse(r.getOpdCode()) + " (tenggat " + r.getDueDate() + ")")
        .distinct().collect(Collectors.joining(", "));
  }
}
