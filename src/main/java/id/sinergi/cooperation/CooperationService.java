package id.sinergi.cooperation;

import id.sinergi.organisation.OrganisationRegistry;

import static id.sinergi.cooperation.CooperationVariables.COOPERATION_ID;
import static id.sinergi.cooperation.CooperationVariables.OFFERED_BY_PIP;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.organisation.OrganisationUnit;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/** Opens and ends cooperations: numbering, the one-open-cooperation-per-Pemda rule, status. */
@Service
public class CooperationService {

  public static final String PEMDA_REQUEST = "PERMOHONAN_PEMDA";
  public static final String PIP_OFFER = "PENAWARAN_PIP";

  private final CooperationData data;
  private final OrganisationRegistry units;
  private final Cases cases;

  CooperationService(CooperationData data, OrganisationRegistry units, Cases cases) {
    this.data = data;
    this.units = units;
    this.cases = cases;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Opens the cooperation of a starting process instance (called by the start form's handler)
   * and makes its number the business key. Refuses a second open cooperation for one Pemda.
   */
  public Cooperation register(DelegateExecution execution, CaseFile caseFile, String userId,
      String initiative, String background) {
    if (caseFile.getReferenceId() != null) {
      return data.cooperation(caseFile.reference());
    }
    String pemdaCode = caseFile.getPemdaCode();
    OrganisationUnit pemda = units.findUnit(pemdaCode).orElseThrow();
    boolean offer = PIP_OFFER.equals(initiative);
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
    cases.link(execution.getProcessInstanceId(), cooperation.id);
    COOPERATION_ID.set(execution, cooperation.id);
    OFFERED_BY_PIP.set(execution, offer);
    return cooperation;
  }

  private static InvalidInputException alreadyOpen(OrganisationUnit pemda, String number) {
    return new InvalidInputException("pemda", pemda.getName() + " sudah memiliki kerja sama "
        + "yang masih berjalan (" + number + "). Selesaikan kerja sama itu sebelum memulai yang baru.");
  }

  /** KS-52.02-2026-001: Pemda, year of the start (WITA), sequence within both. */
  private String nextNumber(String pemdaCode) {
    String prefix = "KS-" + pemdaCode + "-" + EngineClock.today().getYear() + "-";
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
