package id.sinergi.kernel.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the server knows about one process instance of Sinergi: which Pemda owns it (also its
 * Camunda tenant), which organisation runs it, which record of its capability it works on, and
 * which groups take part beyond the Pemda. Written when the instance starts, from the caller and
 * the checked start values, and extended only by Sinergi's own code; never by a user. Every
 * handler, delegate, REST resource and plugin resolves "which case, which Pemda" here.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id
  @Column(name = "process_instance_id")
  private String processInstanceId;

  private String rootProcessInstanceId;
  private String parentProcessInstanceId;
  private String processKey;
  private String pemdaCode;
  private String organisationCode;
  private Long referenceId;
  private String startedBy;
  private Instant startedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_party", joinColumns = @JoinColumn(name = "process_instance_id"))
  private List<Party> parties = new ArrayList<>();

  protected CaseFile() {}

  CaseFile(String processInstanceId, String rootProcessInstanceId,
      String parentProcessInstanceId, String processKey, CaseOwner owner, String startedBy,
      Instant startedAt) {
    this.processInstanceId = processInstanceId;
    this.rootProcessInstanceId = rootProcessInstanceId;
    this.parentProcessInstanceId = parentProcessInstanceId;
    this.processKey = processKey;
    this.pemdaCode = owner.pemdaCode();
    this.organisationCode = owner.organisationCode();
    this.referenceId = owner.referenceId();
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    owner.parties().forEach(p -> this.parties.add(new Party(p.role(), p.groupId())));
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRootProcessInstanceId() {
    return rootProcessInstanceId;
  }

  public String getParentProcessInstanceId() {
    return parentProcessInstanceId;
  }

  public String getProcessKey() {
    return processKey;
  }

  /** The Pemda whose case this is (its region code, e.g. 52.02), also its Camunda tenant. */
  public String getPemdaCode() {
    return pemdaCode;
  }

  /** The organisation that runs the case when it is not the Pemda (an incubator's unit code). */
  public String getOrganisationCode() {
    return organisationCode;
  }

  /** The id of the capability's own record (a cooperation, a data request, a cohort, ...). */
  public Long getReferenceId() {
    return referenceId;
  }

  /** The reference, or an error naming the case: for code that cannot work without it. */
  public long reference() {
    if (referenceId == null) {
      throw new IllegalStateException("Case " + processInstanceId + " (" + processKey
          + ") has no reference yet");
    }
    return referenceId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public List<Party> getParties() {
    return List.copyOf(parties);
  }

  /** The groups taking part in the given role ("penyalur", "incubator", "requester", ...). */
  public List<String> groups(String role) {
    return parties.stream().filter(p -> p.role.equals(role)).map(p -> p.groupId).toList();
  }

  public Optional<String> group(String role) {
    return groups(role).stream().findFirst();
  }

  public boolean hasPartyGroup(List<String> groupIds) {
    return parties.stream().anyMatch(p -> groupIds.contains(p.groupId));
  }

  void setReferenceId(Long referenceId) {
    this.referenceId = referenceId;
  }

  boolean addParty(String role, String groupId) {
    Party party = new Party(role, groupId);
    if (parties.contains(party)) {
      return false;
    }
    parties.add(party);
    return true;
  }

  /** A group taking part in a case, and in which role. */
  @Embeddable
  public static class Party {

    @Column(name = "role")
    private String role;

    @Column(name = "group_id")
    private String groupId;

    protected Party() {}

    public Party(String role, String groupId) {
      this.role = role;
      this.groupId = groupId;
    }

    public String role() {
      return role;
    }

    public String groupId() {
      return groupId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Party p && p.role.equals(role) && p.groupId.equals(groupId);
    }

    @Override
    public int hashCode() {
      return role.hashCode() * 31 + groupId.hashCode();
    }
  }
}
