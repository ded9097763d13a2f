package id.sinergi.kernel.cases;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.engine.AuthorizationGrants;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The server's record of every case: opened when a process instance starts (see
 * {@link CasePolicy}), read by everything that needs to know "which Pemda, which record, who
 * takes part". The only writer of {@link CaseFile}s and of per-case engine grants.
 */
@Service
@Published
public class Cases {

  /** A Pemda is a Camunda tenant whose id is its region code; the default policy's start value. */
  public static final String PEMDA_START_VALUE = "pemdaCode";

  private final CaseFileRepository files;
  private final ObjectProvider<CasePolicy> policyBeans;
  private volatile Map<String, CasePolicy> policies;
  private final ObjectProvider<IdentityService> identity;
  private final ObjectProvider<AuthorizationService> authorizations;
  private final ObjectProvider<SystemEngineCalls> system;

  Cases(CaseFileRepository files, ObjectProvider<CasePolicy> policyBeans,
      ObjectProvider<IdentityService> identity, ObjectProvider<AuthorizationService> authorizations,
      ObjectProvider<SystemEngineCalls> system) {
    this.files = files;
    this.policyBeans = policyBeans;
    this.identity = identity;
    this.authorizations = authorizations;
    this.system = system;
  }

  public Optional<CaseFile> find(String processInstanceId) {
    return processInstanceId == null ? Optional.empty() : files.findById(processInstanceId);
  }

  /** The case of a process instance; every Sinergi instance has one from its start. */
  public CaseFile of(String processInstanceId) {
    return find(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "Process instance " + processInstanceId + " has no case file"));
  }

  public CaseFile of(DelegateExecution execution) {
    return of(execution.getProcessInstanceId());
  }

  public CaseFile of(DelegateTask task) {
    return of(task.getProcessInstanceId());
  }

  public List<CaseFile> withReference(String processKey, long referenceId) {
    return files.findByProcessKeyAndReferenceId(processKey, referenceId);
  }

  /** Links the case to its capability's record, once (a later, different link is a bug). */
  public void link(String processInstanceId, long referenceId) {
    CaseFile file = of(processInstanceId);
    if (file.getReferenceId() != null && file.getReferenceId() != referenceId) {
      throw new IllegalStateException("Case " + processInstanceId + " is already linked to "
          + file.getReferenceId());
    }
    file.setReferenceId(referenceId);
  }

  /**
   * Adds a group to the case in a role (e.g. the Penyalur chosen in the scheme) and lets it read
   * the instance and its history. Sinergi's code decides this, never a user's value.
   */
  public void addParty(String processInstanceId, String role, String groupId) {
    CaseFile file = of(processInstanceId);
    if (file.addParty(role, groupId)) {
      grantRead(processInstanceId, groupId);
    }
  }

  CaseOwner decide(String processKey, Caller caller, Map<String, Object> values,
      CaseFile parent) {
    CaseStart start = new CaseStart(processKey, caller, values, parent);
    if (policies == null) {
      policies = policyBeans.orderedStream()
          .collect(Collectors.toMap(CasePolicy::processKey, Function.identity()));
    }
    CasePolicy policy = policies.get(processKey);
    return policy != null ? policy.open(start) : defaultOwner(start);
  }

  CaseFile open(String processInstanceId, String rootProcessInstanceId, CaseFile parent,
      String processKey, CaseOwner owner, Caller caller) {
    CaseFile file = new CaseFile(processInstanceId, rootProcessInstanceId,
        parent == null ? null : parent.getProcessInstanceId(), processKey, owner, caller.who(),
        EngineClock.now());
    files.save(file);
    file.getParties().forEach(p -> grantRead(processInstanceId, p.groupId()));
    return file;
  }

  /**
   * For processes without their own policy (e.g. one an administrator added in Modeler): a
   * called process belongs to its caller's case; a Pemda's staff start for their own Pemda; PIP,
   * administrators and the system may name one with the start value {@code pemdaCode}.
   */
  public CaseOwner defaultOwner(CaseStart start) {
    if (start.called()) {
      return CaseOwner.like(start.parent());
    }
    Caller caller = start.caller();
    String asked = start.text(PEMDA_START_VALUE);
    if (caller.admin() || caller.pip()) {
      return asked == null ? CaseOwner.none() : CaseOwner.ofPemda(requirePemda(asked));
    }
    if (asked != null) {
      if (!caller.pemdaCodes().contains(asked)) {
        throw new ForbiddenException(
            "Anda hanya dapat memulai proses untuk Pemda Anda sendiri.");
      }
      return CaseOwner.ofPemda(asked);
    }
    return caller.pemdaCodes().size() == 1
        ? CaseOwner.ofPemda(caller.pemdaCodes().iterator().next()) : CaseOwner.none();
  }

  /** The code if it names one of NTB's Pemda (a Camunda tenant), else a 400 on the field. */
  public String requirePemda(String code) {
    return requirePemda(code, PEMDA_START_VALUE);
  }

  public String requirePemda(String code, String field) {
    if (code == null) {
      throw new InvalidInputException(field, "pilih salah satu dari 11 Pemda di NTB");
    }
    boolean known = system.getObject().call(() ->
        identity.getObject().createTenantQuery().tenantId(code).count() > 0);
    if (!known) {
      throw new InvalidInputException(field,
          "Pemda '" + code + "' tidak dikenal; pilih salah satu dari 11 Pemda di NTB");
    }
    return code;
  }

  private void grantRead(String processInstanceId, String groupId) {
    system.getObject().run(() -> {
      AuthorizationService auth = authorizations.getObject();
      AuthorizationGrants.grantGroup(auth, groupId, Resources.PROCESS_INSTANCE,
          processInstanceId, Permissions.READ);
      AuthorizationGrants.grantGroup(auth, groupId, Resources.HISTORIC_PROCESS_INSTANCE,
          processInstanceId, HistoricProcessInstancePermissions.READ);
    });
  }
}
