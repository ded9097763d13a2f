package id.sinergi.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives the engine for escalation tests: deploys the test process, moves time, runs jobs. */
final class EscalationTestSupport {

  static final String TEST_PROCESS = "escalation-test-step";
  static final String TEST_TASK = "Task_TestStep";
  static final String TEST_MESSAGE_WAIT = "Event_TestAnswerReceived";

  private final ProcessEngine engine;

  EscalationTestSupport(ProcessEngine engine) {
    this.engine = engine;
  }

  static Instant wita(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Makassar]").toInstant();
  }

  void deployTestProcess() {
    engine.getRepositoryService().createDeployment().name("escalation-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("escalation/escalation-test-step.bpmn").deploy();
  }

  void at(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
  }

  void later(Duration duration) {
    at(ClockUtil.getCurrentTime().toInstant().plus(duration));
  }

  ProcessInstance start(String processKey, String pemdaCode, Instant when) {
    at(when);
    return engine.getRuntimeService().startProcessInstanceByKey(processKey,
        "uji-" + UUID.randomUUID(), Map.of("pemdaCode", pemdaCode));
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult();
  }

  ProcessInstance ladder(String stepKey) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LadderVariables.PROCESS_KEY).processInstanceBusinessKey(stepKey)
        .singleResult();
  }

  /** Runs the ladder's jobs that are due now, as the job executor would, until none is left. */
  int runDueJobs(String ladderInstanceId) {
    int executed = 0;
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery()
          .processInstanceId(ladderInstanceId).executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("ladder " + ladderInstanceId + " keeps producing jobs");
  }

  /**
   * What the recurring overdue-step-check does when its timer fires (the tests' job executor is
   * off): fires the timer now, runs the batches it starts and the reminder e-mails they hand
   * over (process escalation-reminder).
   */
  void checkOverdue() {
    recordOverdue();
    runJobs(EscalationReminders.PROCESS_KEY);
  }

  /**
   * The check and the recording of its reminders, without their e-mails: the mail jobs stay for
   * the test to run.
   */
  void recordOverdue() {
    var management = engine.getManagementService();
    Job timer = management.createJobQuery().processDefinitionKey(OverdueStepCheck.PROCESS_KEY)
        .timers().list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst()
        .orElseThrow(() -> new AssertionError("no timer of " + OverdueStepCheck.PROCESS_KEY));
    management.executeJob(timer.getId());
    runJobs(OverdueStepCheck.PROCESS_KEY);
    management.createJobQuery().processDefinitionKey(EscalationReminders.PROCESS_KEY)
        .activityId("Task_RecordReminders").executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private void runJobs(String processKey) {
    var management = engine.getManagementService();
    for (int round = 0; round < 2000; round++) {
      List<Job> batches = management.createJobQuery().processDefinitionKey(processKey)
          .messages().executable().list();
      if (batches.isEmpty()) {
        return;
      }
      batches.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError(processKey + " keeps producing jobs");
  }

  /**
   * Runs the check at a step's level-2 date or later and returns the ladder it started (or had
   * started) for the step.
   */
  String overdueLadder(String stepKey) {
    checkOverdue();
    ProcessInstance ladder = ladder(stepKey);
    assertThat(ladder).as("ladder of stalled step %s", stepKey).isNotNull();
    return ladder.getId();
  }

  String messageWaitKey(ProcessInstance instance) {
    var tree = engine.getRuntimeService().getActivityInstance(instance.getId());
    var waits = tree.getActivityInstances(TEST_MESSAGE_WAIT);
    assertThat(waits).hasSize(1);
    return waits[0].getId();
  }
}
