package id.sinergi.escalation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.escalation.EscalationTargets.Targets;
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
    return record(level, step, ladderInstanceId,
        escalations.findByStepKeyAndLevel(step.stepKey(), level));
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
      record(level, step, null, Optional.ofNullable(before.get(step.stepKey())), written)
          .ifPresentOrElse(r -> { }, () -> ended.add(step.stepKey()));
    }
    escalations.saveAllAndFlush(written);
    return ended;
  }

  private Optional<Recorded> record(int level, StalledStep step, String ladderInstanceId,
      Optional<Escalation> existing) {
    List<Escalation> written = new ArrayList<>();
    Optional<Recorded> recorded = record(level, step, ladderInstanceId, existing, written);
    return recorded.map(r -> new Recorded(escalations.saveAndFlush(r.escalation()), r.targets()));
  }

  private Optional<Recorded> record(int level, StalledStep step, String ladderInstanceId,
      Optional<Escalation> existing, List<Escalation> written) {
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
    written.add(escalation);
    Recorded recorded = new Recorded(escalation, reached);
    // One line per escalation for operators: keys only, no personal data.
    LOG.info("ESCALATED level={} step={} pemda={} case={}", level, step.stepKey(),
        step.pemdaCode(), step.businessKey());
    return Optional.of(recorded);
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
