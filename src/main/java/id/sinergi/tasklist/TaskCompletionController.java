package id.sinergi.tasklist;

import id.sinergi.kernel.access.CaseAccess;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.caller.UserNames;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.NotFoundException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Tasklist confirms after "Selesaikan": the task is done and who holds the next step(s) of
 * the same case ("Tugas selesai; berikutnya: … oleh …"). For whoever may read the case
 * ({@link CaseAccess}); the next steps are named even when they belong to another group, so the
 * clerk knows whom to call.
 */
@RestController
@RequestMapping("/api")
class TaskCompletionController {

  record NextStep(String taskId, String name, String heldBy) {}

  record Completion(String taskId, String taskName, List<NextStep> next, String message) {}

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final SystemEngineCalls system;
  private final CaseAccess access;
  private final Callers callers;
  private final UserNames names;

  TaskCompletionController(HistoryService history, TaskService tasks, IdentityService identity,
      SystemEngineCalls system, CaseAccess access, Callers callers, UserNames names) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.system = system;
    this.access = access;
    this.callers = callers;
    this.names = names;
  }

  @GetMapping("/tasks/{taskId}/completion")
  Completion completion(@PathVariable String taskId) {
    Caller caller = callers.current();
    HistoricTaskInstance done = system.call(() -> history.createHistoricTaskInstanceQuery()
        .taskId(taskId).singleResult());
    if (done == null || done.getProcessInstanceId() == null) {
      throw new NotFoundException("Tugas '" + taskId + "' tidak ditemukan.");
    }
    access.readable(caller, done.getProcessInstanceId());
    String root = done.getRootProcessInstanceId() != null ? done.getRootProcessInstanceId()
        : done.getProcessInstanceId();
    List<NextStep> next = system.call(() -> {
      String[] instances = history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(root).active().list().stream()
          .map(HistoricProcessInstance::getId).toArray(String[]::new);
      if (instances.length == 0) {
        return List.<NextStep>of();
      }
      return tasks.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc()
          .list().stream().map(t -> new NextStep(t.getId(), t.getName(), heldBy(t))).toList();
    });
    String message = next.isEmpty()
        ? "Tugas selesai. Tidak ada langkah berikutnya yang menunggu orang pada kasus ini."
        : "Tugas selesai; berikutnya: " + next.stream().map(s -> s.name() + " oleh " + s.heldBy())
            .collect(Collectors.joining("; ")) + ".";
    return new Completion(taskId, done.getName(), next, message);
  }

  /** The assignee's name, or the names of the candidate groups. */
  private String heldBy(Task task) {
    if (task.getAssignee() != null) {
      return names.of(task.getAssignee());
    }
    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(l -> l.getGroupId() != null ? groupName(l.getGroupId()) : names.of(l.getUserId()))
        .toList();
    return groups.isEmpty() ? "(belum ditugaskan)" : String.join(" atau ", groups);
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

}
