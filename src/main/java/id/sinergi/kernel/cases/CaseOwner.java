package id.sinergi.kernel.cases;

import id.sinergi.kernel.Published;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose a new case is, as a {@link CasePolicy} decided it.
 *
 * @param pemdaCode the owning Pemda (its Camunda tenant), null for a case of no Pemda
 * @param organisationCode the unit that runs it when that is not the Pemda (an incubator)
 * @param referenceId the capability's record, when already known at the start
 * @param parties groups outside the Pemda that take part (and so read the case)
 */
@Published
public record CaseOwner(String pemdaCode, String organisationCode, Long referenceId,
    List<CaseFile.Party> parties) {

  public CaseOwner {
    parties = List.copyOf(parties);
  }

  public static CaseOwner ofPemda(String pemdaCode) {
    return new CaseOwner(pemdaCode, null, null, List.of());
  }

  public static CaseOwner none() {
    return new CaseOwner(null, null, null, List.of());
  }

  public static CaseOwner like(CaseFile parent) {
    return new CaseOwner(parent.getPemdaCode(), parent.getOrganisationCode(), null,
        parent.getParties());
  }

  public CaseOwner runBy(String newOrganisationCode) {
    return new CaseOwner(pemdaCode, newOrganisationCode, referenceId, parties);
  }

  public CaseOwner withReference(Long newReferenceId) {
    return new CaseOwner(pemdaCode, organisationCode, newReferenceId, parties);
  }

  public CaseOwner withParty(String role, String groupId) {
    List<CaseFile.Party> more = new ArrayList<>(parties);
    CaseFile.Party party = new CaseFile.Party(role, groupId);
    if (!more.contains(party)) {
      more.add(party);
    }
    return new CaseOwner(pemdaCode, organisationCode, referenceId, more);
  }
}
