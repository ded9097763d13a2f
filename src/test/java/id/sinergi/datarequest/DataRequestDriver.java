package id.sinergi.datarequest;

import id.sinergi.kernel.caller.Callers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;

/**
 * For tests of processes that call the data request (the cooperation): answers a waiting data
 * request the shortest way — the coordinator asks the Pemda's Diskop for programmes, Diskop lists
 * one, the coordinator closes — so the calling process continues with a {@code dataPackageId}.
 */
public final class DataRequestDriver {

  private DataRequestDriver() {}

  /** @return whether a data request called by the process was waiting and has been answered */
  public static boolean collectFromOneOpd(ProcessEngine engine, String callerInstanceId) {
    ProcessInstance request = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(callerInstanceId).processDefinitionKey(
            DataRequestVariables.PROCESS_ID).singleResult();
    if (request == null) {
      return false;
    }
    // The request's Pemda is its tenant; its coordinator the candidate group of the plan task.
    String pemda = request.getTenantId();
    Task plan = task(engine, request, DataRequestVariables.TASK_PLAN);
    String coordinatorGroup = engine.getTaskService().getIdentityLinksForTask(plan.getId())
        .stream().filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    String coordinator = user(engine, "t." + pemda + ".dr.koordinator", coordinatorGroup);
    String opd = user(engine, "t." + pemda + ".dr.diskop", "pemda-" + pemda + "-diskop");
    submit(engine, task(engine, request, DataRequestVariables.TASK_PLAN), coordinator,
        Map.of("requests", Spin.JSON(List.of(Map.of("opdCode", pemda + "-diskop", "kinds",
            List.of("PROGRAM"), "dueDate", LocalDate.now().plusDays(7).toString())))));
    runJobs(engine, request);
    submit(engine, task(engine, request, DataRequestVariables.TASK_SEND_DATA), opd,
        Map.of("answer", "PROVIDE", "programs", Spin.JSON(List.of(Map.of("name",
            "Subsidi bunga pinjaman UMKM", "amount", 100000000, "quantity", 40)))));
    runJobs(engine, request);
    submit(engine, task(engine, request, DataRequestVariables.TASK_REVIEW), coordinator,
        Map.of("action", "CLOSE"));
    runJobs(engine, request);
    return true;
  }

  private static Task task(ProcessEngine engine, ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  private static void submit(ProcessEngine engine, Task task, String userId,
      Map<String, Object> values) {
    var identity = engine.getIdentityService();
    Callers.authenticate(identity, userId);
    try {
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void runJobs(ProcessEngine engine, ProcessInstance instance) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  private static String user(ProcessEngine engine, String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Uji");
      user.setLastName(id);
      user.setPassword("demo");
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
    return id;
  }
}
