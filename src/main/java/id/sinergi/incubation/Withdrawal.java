package id.sinergi.incubation;

import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant leaves the programme: recorded with its reason, and its participant instance
 * ends through the withdrawal event (its history stays). The business may join another cohort.
 */
@Service
public class Withdrawal {

  private final CandidateRepository candidates;
  private final RuntimeService runtime;
  private final SystemEngineCalls system;

  public Withdrawal(CandidateRepository candidates, RuntimeService runtime,
      SystemEngineCalls system) {
    this.candidates = candidates;
    this.runtime = runtime;
    this.system = system;
  }

  /** The caller's right to manage the cohort is checked by the caller of this method. */
  @Transactional
  public Candidate withdraw(Cohort cohort, long candidateId, String reason) {
    Candidate candidate = candidates.findById(candidateId)
        .filter(c -> c.getCohortId().equals(cohort.getId()))
        .orElseThrow(() -> new NotFoundException("Peserta " + candidateId
            + " tidak ada di angkatan ini."));
    if (reason == null || reason.isBlank() || reason.trim().length() < 5) {
      throw new InvalidInputException("reason", "Alasan pengunduran diri wajib diisi"
          + " (minimal 5 karakter).");
    }
    if (candidate.getStatus() != CandidateStatus.SELECTED) {
      throw new InvalidInputException("candidateId", candidate.label()
          + " bukan peserta aktif (status " + candidate.getStatus() + ").");
    }
    candidate.withdraw(reason.trim(), IncubationClock.now());
    String instance = candidate.getProcessInstanceId();
    if (instance != null) {
      system.run(() -> runtime.createMessageCorrelation(IncubationVariables.MESSAGE_WITHDRAWN)
          .processInstanceId(instance).correlateWithResult());
    }
    return candidate;
  }
}
