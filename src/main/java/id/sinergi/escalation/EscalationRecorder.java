package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.escalation.EscalationTargets.Targets;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records an escalation once per step and level, addressed to whoever the level reaches now. */
@Service
public class EscalationRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationRecorder.class);

  public record Recorded(Escalation escalation, Targets targets) {}

  private final EscalationRepository escalations;
  private final EscalationTargets targets;
  private final WaitingTasks tasks;
  private final RuntimeService runtime;
  private final UnansweredOpds unansweredOpds;
  @PersistenceContext private EntityManager entities;

  EscalationRecorder(EscalationRepository escalations, EscalationTargets targets,
      WaitingTasks tasks, RuntimeService runtime, UnansweredOpds unansweredOpds) {
    this.escalations = escalations;
    this.targets = targets;
    this.tasks = tasks;
    this.runtime = runtime;
    this.unansweredOpds = unansweredOpds;
  }

  /** @return empty when the step no longer waits (its escalations are then resolved) */
  @Transactional
  public Optional<Recorded> record(int level, StalledStep step, String ladderInstanceId) {
    return address(level, step, ladderInstanceId,
        escalations.findByStepKeyAndLevel(step.stepKey(), level))
        .map(r -> new Recorded(escalations.saveAndFlush(r.escalation()), r.targets()));
  }

  /**
   * Records one level for a batch of steps (a batch of reminders): the waiting tasks and the
   * rows a retried job wrote before are read in one query each, the rows written in one flush.
   *
   * @return the keys of the steps that no longer wait (nothing recorded for them)
   */
  @Transactional
  public List<String> recordAll(int level, List<StalledStep> steps) {
    String[] taskIds = steps.stream().map(StalledStep::taskId).filter(Objects::nonNull)
        .toArray(String[]::new);
    if (taskIds.length > 0) {
      // Into the command's entity cache, where each step's own read finds its task.
      tasks.prefetch(taskIds);
    }
    Map<String, Escalation> before = new HashMap<>();
    escalations.findByStepKeyInAndLevel(steps.stream().map(StalledStep::stepKey).toList(), level)
        .forEach(e -> before.put(e.getStepKey(), e));
    List<String> ended = new ArrayList<>();
    List<Escalation> written = new ArrayList<>();
    for (StalledStep step : steps) {
      address(level, step, null, Optional.ofNullable(before.get(step.stepKey())))
          .ifPresentOrElse(r -> written.add(r.escalation()), () -> ended.add(step.stepKey()));
    }
    escalations.saveAllAndFlush(written);
    return ended;
  }

  /**
   * The step's escalation at this level, addressed to whoever it reaches now, not yet saved;
   * empty when the step no longer waits (its escalations are then resolved).
   */
  private Optional<Recorded> address(int level, StalledStep step, String ladderInstanceId,
      Optional<Escalation> existing) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (!stillWaiting(step)) {
      escalations.resolveStep(step.stepKey(), now);
      return Optional.empty();
    }
    // A retried job finds its own row and readdresses it instead of adding a second one.
    Escalation escalation = existing
        .orElseGet(() -> new Escalation(step, level, now, ladderInstanceId));
    escalation.reopen(now);
    Targets reached = targets.forLevel(level, step);
    escalation.addressTo(String.join(",", reached.groups()), String.join(",", reached.users()),
        reached.holder());
    escalation.noteUnansweredOpds(unansweredOpds.describe(step.pemdaCode()));
    // One line per escalation for operators: keys only, no personal data.
    LOG.info("ESCALATED level={} step={} pemda={} case={}", level, step.stepKey(),
        step.pemdaCode(), step.businessKey());
    return Optional.of(new Recorded(escalation, reached));
  }

  /**
   * Writes the rows recorded so far (escalation, case file) and lets go of them: otherwise every
   * later flush of a check's batch dirty-checks all rows written before, which made a batch
   * quadratic in its size. (Outside a transaction each write was committed alone.)
   */
  void detachWritten() {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      entities.flush();
      entities.clear();
    }
  }

  private boolean stillWaiting(StalledStep step) {
    if (step.kind() == StepKind.USER_TASK) {
      return tasks.find(step.taskId()).isPresent();
    }
    return runtime.createExecutionQuery().executionId(step.executionId())
        .activityId(step.activityId()).count() > 0;
  }
}
