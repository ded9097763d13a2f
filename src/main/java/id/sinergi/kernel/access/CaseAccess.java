package id.sinergi.kernel.access;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.kernel.error.RefusalLog;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may read a case and who may work on it, for the app's own REST resources, Tasklist tabs
 * and Cockpit plugins. The same rules the engine applies through tenants and grants
 * ({@link AccessModel}): a Pemda's staff read their Pemda's cases, PIP, managers and
 * administrators read all, Penyalur and incubators read the cases they take part in (or run);
 * working on a case means working on one of its open tasks, through its form and tabs.
 */
@Component
@Published
public class CaseAccess {

  private final Cases cases;
  private final TaskService tasks;
  private final SystemEngineCalls system;

  public CaseAccess(Cases cases, TaskService tasks, SystemEngineCalls system) {
    this.cases = cases;
    this.tasks = tasks;
    this.system = system;
  }

  public boolean canRead(Caller caller, CaseFile caseFile) {
    return caller.seesAllPemda() || caller.isSystem()
        || (caseFile.getPemdaCode() != null && caller.pemdaCodes().contains(caseFile.getPemdaCode()))
        || (caseFile.getOrganisationCode() != null
            && caller.unitCodes().contains(caseFile.getOrganisationCode()))
        || caseFile.hasPartyGroup(caller.groupIds());
  }

  /** Whether the caller reads the cases of a Pemda as a whole (its staff, PIP, oversight). */
  public boolean readsPemda(Caller caller, String pemdaCode) {
    return caller.canSeePemda(pemdaCode);
  }

  /** The case of a process instance the caller may read; 404 unknown, 403 another's. */
  public CaseFile readable(Caller caller, String processInstanceId) {
    CaseFile caseFile = cases.find(processInstanceId).orElseThrow(() ->
        new NotFoundException("Kasus '" + processInstanceId + "' tidak ditemukan."));
    requireRead(caller, caseFile);
    return caseFile;
  }

  public void requireRead(Caller caller, CaseFile caseFile) {
    if (!canRead(caller, caseFile)) {
      RefusalLog.aboutCase(null, caseFile.getProcessInstanceId(), caseFile.getPemdaCode());
      throw new ForbiddenException("Kasus ini milik Pemda atau pihak lain.");
    }
  }

  /** Whether the caller runs the case: staff of its organisation (an incubator), or admins. */
  public boolean runs(Caller caller, CaseFile caseFile) {
    return caller.admin() || (caseFile.getOrganisationCode() != null
        && caller.unitCodes().contains(caseFile.getOrganisationCode()));
  }

  /**
   * An open task the caller may work on: visible to them (engine authorization and tenant) and
   * addressed to them, one of their groups, or claimed by them. Read-only roles never work.
   * 404 when the caller cannot see it, 403 when they see it but it is not theirs to work on.
   */
  public Task workableTask(Caller caller, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("Tugas '" + taskId + "' tidak ditemukan atau bukan milik Anda.");
    }
    if (!mayWork(caller, task)) {
      RefusalLog.aboutCase(null, task.getProcessInstanceId(), task.getTenantId());
      throw new ForbiddenException("Tugas ini bukan tugas Anda: hanya kelompok yang ditugasi "
          + "yang dapat mengerjakannya.");
    }
    return task;
  }

  /**
   * For a caller already known to read the task's case: the open task, if the caller may work
   * on it (404 when it no longer exists, 403 when it is someone else's to do).
   */
  public Task taskToWorkOn(Caller caller, String taskId) {
    Task task = system.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw new NotFoundException("Tugas '" + taskId + "' sudah selesai atau tidak ada.");
    }
    if (!mayWork(caller, task)) {
      throw new ForbiddenException("Tugas ini bukan tugas Anda: hanya kelompok yang ditugasi "
          + "yang dapat mengerjakannya.");
    }
    return task;
  }

  /** Whether the caller may work on the task: see {@link #workableTask}. */
  public boolean mayWork(Caller caller, Task task) {
    if (caller.admin()) {
      return true;
    }
    if (caller.readOnly() || caller.userId() == null) {
      return false;
    }
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(caller.userId());
    }
    List<String> groups = caller.groupIds();
    return system.call(() -> tasks.createTaskQuery().taskId(task.getId())
        .or().taskCandidateUser(caller.userId()).taskCandidateGroupIn(nonEmpty(groups)).endOr()
        .count() > 0);
  }

  private static List<String> nonEmpty(Collection<String> groups) {
    return groups.isEmpty() ? List.of("-") : List.copyOf(groups);
  }
}
