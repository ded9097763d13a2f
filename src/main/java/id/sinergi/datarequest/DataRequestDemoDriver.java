package id.sinergi.datarequest;

import id.sinergi.kernel.caller.Callers;

import id.sinergi.kernel.clock.EngineClock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: drives data requests the way their users would, for other capabilities'
 * demo data (a cooperation that has passed step 1 has had its OPD data collected).
 */
@Component
@Profile("demo")
public class DataRequestDemoDriver {

  private final ProcessEngine engine;

  public DataRequestDemoDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The data request the process called: planned for the given OPDs, or null if none waits. */
  public ProcessInstance plan(String callerInstanceId, String coordinator,
      List<Map<String, Object>> rows) {
    ProcessInstance request = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(callerInstanceId)
        .processDefinitionKey(DataRequestVariables.PROCESS_ID).singleResult();
    if (request != null) {
      plan(request, coordinator, rows);
    }
    return request;
  }

  public void plan(ProcessInstance request, String coordinator, List<Map<String, Object>> rows) {
    submit(task(request, DataRequestVariables.TASK_PLAN, null), coordinator,
        Map.of("requests", Spin.JSON(rows)));
    runJobs(request);
  }

  public void answer(ProcessInstance request, String opdGroup, String userId,
      Map<String, Object> values) {
    submit(task(request, DataRequestVariables.TASK_SEND_DATA, opdGroup), userId, values);
    runJobs(request);
  }

  public void close(ProcessInstance request, String coordinator) {
    submit(task(request, DataRequestVariables.TASK_REVIEW, null), coordinator,
        Map.of("action", "CLOSE"));
    runJobs(request);
  }

  /** Asks the Pemda's Diskop for its programmes, records its answer and closes the request. */
  public void collectFromDiskop(String callerInstanceId, String coordinator, String pemda) {
    ProcessInstance request = plan(callerInstanceId, coordinator, List.of(row(pemda + "-diskop",
        List.of("PROGRAM"), "Program dukungan usaha ultra mikro tahun berjalan")));
    if (request == null) {
      return;
    }
    answer(request, "pemda-" + pemda + "-diskop", null, Map.of("answer", "PROVIDE", "programs",
        Spin.JSON(List.of(Map.of("name", "Program dukungan UMKM Diskop", "quantity", 100)))));
    close(request, coordinator);
  }

  public static Map<String, Object> row(String opdCode, List<String> kinds, String note) {
    return Map.of("opdCode", opdCode, "kinds", kinds, "dueDate",
        EngineClock.today().plusDays(14).toString(), "note", note);
  }

  private Task task(ProcessInstance request, String key, String group) {
    var query = engine.getTaskService().createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(key);
    return (group == null ? query : query.taskCandidateGroup(group)).singleResult();
  }

  /** As Tasklist submits: prefilled (task-local) fields take the submitted values. */
  private void submit(Task task, String userId, Map<String, Object> values) {
    var identity = engine.getIdentityService();
    if (userId != null) {
      Callers.authenticate(identity, userId);
    }
    try {
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
