package id.sinergi.kernel.cases;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * What a BPMN expression reads as {@code case}: the Pemda, organisation, reference and parties
 * of the instance it runs in, from the server's {@link CaseFile}. For administrators in Modeler:
 * {@code pemda-${case.pemdaCode}-ekonomi}, {@code ${case.party('penyalur')}}.
 */
public final class CaseView {

  static final String NAME = "case";

  private final Cases cases;
  private final String processInstanceId;
  private CaseFile file;

  CaseView(Cases cases, String processInstanceId) {
    this.cases = cases;
    this.processInstanceId = processInstanceId;
  }

  private CaseFile file() {
    if (file == null) {
      file = cases.of(processInstanceId);
    }
    return file;
  }

  public String getPemdaCode() {
    return required(file().getPemdaCode(), "Pemda");
  }

  public String getOrganisationCode() {
    return required(file().getOrganisationCode(), "organisasi penyelenggara");
  }

  public Long getReference() {
    return file().getReferenceId();
  }

  /** The group(s) of the case in that role, comma-separated as candidate groups expect. */
  public String party(String role) {
    return required(file().groups(role).isEmpty() ? null : String.join(",", file().groups(role)),
        "pihak '" + role + "'");
  }

  /** Whether the case has a group in that role (for gateways). */
  public boolean has(String role) {
    return !file().groups(role).isEmpty();
  }

  private String required(String value, String what) {
    if (value == null) {
      throw new ProcessEngineException("Kasus " + processInstanceId + " (" + file().getProcessKey()
          + ") tidak memiliki " + what + ".");
    }
    return value;
  }

  @Override
  public String toString() {
    return "case " + processInstanceId;
  }
}
