package id.sinergi.demo;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.engine.SystemEngineCalls;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives the processes as their users would in Tasklist: start a process, upload a task's
 * documents in its Dokumen tab, claim the task and submit its form, each as the named user with
 * their groups and Pemda tenants, so every check of the access model and the form layer applies.
 * Looking tasks up is the driver's own business (as the system). The demo data and the tests
 * share it.
 */
@Component
public class ProcessDriver {

  /** A minimal valid PDF, for documents the demo and tests upload. */
  public static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final ProcessEngine engine;
  private final DocumentService documents;
  private final Callers callers;
  private final SystemEngineCalls system;

  public ProcessDriver(ProcessEngine engine, DocumentService documents, Callers callers,
      SystemEngineCalls system) {
    this.engine = engine;
    this.documents = documents;
    this.callers = callers;
    this.system = system;
  }

  /** Runs the work as the user (their groups and tenants), then as nobody again. */
  public <T> T as(String userId, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Callers.authenticate(identity, userId);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /** Starts the process as the user, with the values of its start form. */
  public ProcessInstance start(String userId, String processKey, Map<String, Object> values) {
    return as(userId, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(processKey, values));
  }

  /** Starts the process as the user with a business key. */
  public ProcessInstance start(String userId, String processKey, String businessKey,
      Map<String, Object> values) {
    return as(userId, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(processKey, businessKey, values));
  }

  /** Whether any instance (running or ended) carries the business key. */
  public boolean exists(String processKey, String businessKey) {
    return system.call(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count() > 0);
  }

  /** The instance the process called from the given one (a call activity), or null. */
  public ProcessInstance calledBy(String callerInstanceId, String processKey) {
    return system.call(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(callerInstanceId).processDefinitionKey(processKey)
        .singleResult());
  }

  /**
   * Runs the instance's jobs that are due now (asynchronous continuations, timers whose date
   * has come), as the job executor would, until none is left.
   */
  public void runDueJobs(String processInstanceId) {
    var management = engine.getManagementService();
    for (int round = 0; round < 100; round++) {
      var due = system.call(() -> management.createJobQuery().processInstanceId(processInstanceId)
          .executable().list());
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> system.run(() -> management.executeJob(job.getId())));
    }
    throw new IllegalStateException("Jobs of " + processInstanceId + " keep coming");
  }

  /** Fires the timer waiting at the activity now, whatever its due date. */
  public void fireTimer(String processInstanceId, String activityId) {
    var management = engine.getManagementService();
    system.run(() -> management.executeJob(management.createJobQuery()
        .processInstanceId(processInstanceId).activityId(activityId).timers().singleResult()
        .getId()));
  }

  /** The only open task with that key in the instance (looked up as the system). */
  public Task task(String processInstanceId, String taskKey) {
    List<Task> found = tasks(processInstanceId, taskKey);
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one open task " + taskKey + " in "
          + processInstanceId + ", found " + found.size());
    }
    return found.get(0);
  }

  public List<Task> tasks(String processInstanceId, String taskKey) {
    return system.call(() -> engine.getTaskService().createTaskQuery()
        .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list());
  }

  /** The groups a task is offered to. */
  public List<String> candidateGroups(Task task) {
    return system.call(() -> engine.getTaskService().getIdentityLinksForTask(task.getId())
        .stream().filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList());
  }

  /** A variable of a task's scope, read as the system. */
  public Object variable(Task task, String name) {
    return system.call(() -> engine.getTaskService().getVariable(task.getId(), name));
  }

  /**
   * What a user does in Tasklist: uploads the documents the task asks for (Dokumen tab), claims
   * the task and submits its form (submit-form, as "Selesaikan" does).
   */
  public void complete(String userId, Task task, Map<String, Object> fields,
      String... documentKinds) {
    as(userId, () -> {
      for (String kind : documentKinds) {
        documents.upload(task.getId(), kind, kind.toLowerCase() + ".pdf", PDF,
            callers.ofUser(userId));
      }
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getFormService().submitTaskForm(task.getId(), fields);
    });
  }

  public void complete(String userId, String processInstanceId, String taskKey,
      Map<String, Object> fields, String... documentKinds) {
    complete(userId, task(processInstanceId, taskKey), fields, documentKinds);
  }

  /** Sets the engine clock to a local time in NTB (WITA), e.g. "2026-05-19T09:00". */
  public static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime)
        .atZone(EngineClock.ZONE).toInstant()));
  }
}
