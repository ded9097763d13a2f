package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationVariables.COOPERATION_ID;
import static id.sinergi.cooperation.CooperationVariables.OFFERED_BY_PIP;
import static id.sinergi.cooperation.CooperationVariables.PEMDA_CODE;

import id.sinergi.forms.FormValidationException;
import id.sinergi.organisation.Caller;
import id.sinergi.organisation.CallerResolver;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.OrganisationUnitRepository;
import id.sinergi.organisation.UnitKind;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/** Opens and ends cooperations: numbering, the one-open-cooperation-per-Pemda rule, status. */
@Service
public class CooperationService {

  public static final String PEMDA_REQUEST = "PERMOHONAN_PEMDA";
  public static final String PIP_OFFER = "PENAWARAN_PIP";

  private final CooperationData data;
  private final OrganisationUnitRepository units;
  private final CallerResolver callers;
  private final IdentityService identity;

  CooperationService(CooperationData data, OrganisationUnitRepository units,
      CallerResolver callers, IdentityService identity) {
    this.data = data;
    this.units = units;
    this.callers = callers;
    this.identity = identity;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Opens the cooperation of a starting process instance (called by the start form's handler)
   * and makes its number the business key. Refuses a second open cooperation for one Pemda.
   */
  public Cooperation register(DelegateExecution execution, String userId, String initiative,
      String pemdaCode, String background) {
    Object existing = execution.getVariable(COOPERATION_ID);
    if (existing != null) {
      return data.cooperation(((Number) existing).longValue());
    }
    if (initiative == null || !(initiative.equals(PEMDA_REQUEST) || initiative.equals(PIP_OFFER))) {
      throw new FormValidationException("initiative", "pilih Pemda mengajukan atau PIP menawarkan");
    }
    OrganisationUnit pemda = pemdaCode == null ? null : units.findById(pemdaCode)
        .filter(u -> u.getKind() == UnitKind.PEMDA).orElse(null);
    if (pemda == null) {
      throw new FormValidationException("pemda", "pilih salah satu dari 11 Pemda di NTB");
    }
    boolean offer = initiative.equals(PIP_OFFER);
    checkStarter(userId, offer, pemdaCode);
    data.cooperations.findByOpenPemdaCode(pemdaCode).ifPresent(open -> {
      throw alreadyOpen(pemda, open.number);
    });
    Cooperation cooperation = new Cooperation();
    cooperation.pemdaCode = pemdaCode;
    cooperation.openPemdaCode = pemdaCode;
    cooperation.offeredByPip = offer;
    cooperation.status = offer ? CooperationStatus.OFFERED : CooperationStatus.PREPARATION;
    cooperation.background = background;
    cooperation.startedBy = userId == null ? "sistem" : userId;
    cooperation.startedAt = now();
    cooperation.processInstanceId = execution.getProcessInstanceId();
    cooperation.number = nextNumber(pemdaCode);
    try {
      data.cooperations.saveAndFlush(cooperation);
    } catch (DataIntegrityViolationException e) {
      // Two starts for one Pemda at the same moment: the open-Pemda constraint keeps one.
      throw alreadyOpen(pemda, "lain");
    }
    execution.setProcessBusinessKey(cooperation.number);
    execution.setVariable(COOPERATION_ID, cooperation.id);
    execution.setVariable(PEMDA_CODE, pemdaCode);
    execution.setVariable(OFFERED_BY_PIP, offer);
    return cooperation;
  }

  private void checkStarter(String userId, boolean offer, String pemdaCode) {
    if (userId == null) {
      return; // started by the system itself (demo data, migrations)
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    Caller caller = callers.of(userId, groups);
    if (caller.admin()) {
      return;
    }
    if (offer && !caller.pip()) {
      throw new FormValidationException("initiative",
          "hanya staf PIP yang dapat menawarkan kerja sama kepada Pemda");
    }
    if (!offer && !caller.pemdaCodes().contains(pemdaCode)) {
      throw new FormValidationException("pemda",
          "Anda hanya dapat mengajukan kerja sama untuk Pemda Anda sendiri");
    }
  }

  private static FormValidationException alreadyOpen(OrganisationUnit pemda, String number) {
    return new FormValidationException("pemda", pemda.getName() + " sudah memiliki kerja sama "
        + "yang masih berjalan (" + number + "). Selesaikan kerja sama itu sebelum memulai yang baru.");
  }

  /** KS-52.02-2026-001: Pemda, year of the start (WITA), sequence within both. */
  private String nextNumber(String pemdaCode) {
    String prefix = "KS-" + pemdaCode + "-" + OrganisationRegistry.today().getYear() + "-";
    long seq = data.cooperations.countByPemdaCodeAndNumberStartingWith(pemdaCode, prefix) + 1;
    return prefix + String.format("%03d", seq);
  }

  /** An end event reached: the cooperation is no longer open and its Pemda may start again. */
  public void end(long cooperationId, CooperationStatus status) {
    Cooperation cooperation = data.cooperation(cooperationId);
    cooperation.status = status;
    cooperation.openPemdaCode = null;
    cooperation.closedAt = now();
    cooperation.currentStep = null;
    if (cooperation.closedReason == null) {
      cooperation.closedReason = switch (status) {
        case CLOSED -> "Ditutup setelah evaluasi akhir periode PKS.";
        case NOT_FEASIBLE -> "Kajian PIP menyatakan kerja sama tidak layak.";
        case DECLINED -> "Pemda menolak tawaran kerja sama PIP.";
        default -> null;
      };
    }
  }

  public void enterDistribution(long cooperationId) {
    Cooperation cooperation = data.cooperation(cooperationId);
    if (cooperation.status.isOpen()) {
      cooperation.status = CooperationStatus.DISTRIBUTION;
    }
  }

  public void recordStep(long cooperationId, String stepName) {
    data.cooperation(cooperationId).currentStep = stepName;
  }
}
