package id.sinergi.kernel.access;

import id.sinergi.kernel.caller.Groups;
import id.sinergi.kernel.error.ConflictException;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricJobLogQueryImpl;
import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.batch.BatchQueryImpl;
import org.camunda.bpm.engine.impl.batch.BatchStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchQueryImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The engine side of Sinergi's access model, for what Camunda's authorizations leave open. It
 * sees every command a user sends, whatever the path (engine REST, the webapps, the app's own
 * API) and refuses, with 403 and an Indonesian reason:
 *
 * <ul>
 *   <li>writing process or task variables: users change data only through the forms of tasks
 *       they may work on;
 *   <li>completing a task with anything but its form's fields;
 *   <li>comments and attachments on tasks the user may not work on (read-only roles included),
 *       and reading them on tasks or cases the user may not read;
 *   <li>system resources (jobs, job definitions, batches, history cleanup, deployments, incidents,
 *       engine properties, metrics): administrators only, read by managers;
 *   <li>checking another user's password ({@code /identity/verify}).
 * </ul>
 *
 * Administrators pass; so does the system (no authentication: the job executor, Sinergi's own
 * calls through {@code SystemEngineCalls}). Only the outermost command is checked: what it runs
 * inside is the engine's and Sinergi's own work.
 */
public class EngineGuard {

  private static final Set<Class<?>> SYSTEM_WRITES = Set.of(
      ActivateJobCmd.class, SuspendJobCmd.class, ActivateJobDefinitionCmd.class,
      SuspendJobDefinitionCmd.class, DeleteJobCmd.class, DeleteJobsCmd.class, ExecuteJobsCmd.class,
      SetJobRetriesCmd.class, SetJobsRetriesBatchCmd.class, SetJobDuedateCmd.class,
      SetJobPriorityCmd.class, SetJobDefinitionPriorityCmd.class, RecalculateJobDuedateCmd.class,
      UnlockJobCmd.class, HistoryCleanupCmd.class, DeployCmd.class, DeleteDeploymentCmd.class,
      RegisterDeploymentCmd.class, UnregisterDeploymentCmd.class, ActivateBatchCmd.class,
      SuspendBatchCmd.class, CreateIncidentCmd.class, ResolveIncidentCmd.class,
      SetAnnotationForIncidentCmd.class, SetPropertyCmd.class, DeletePropertyCmd.class,
      DeleteMetricsCmd.class, DeleteTaskMetricsCmd.class, SetLicenseKeyCmd.class,
      DeleteLicenseKeyCmd.class, TelemetryConfigureCmd.class, DeleteUserOperationLogEntryCmd.class,
      DeleteHistoricVariableInstanceCmd.class,
      DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, UnlockExternalTaskCmd.class,
      SetExternalTasksRetriesBatchCmd.class);

  private static final Set<Class<?>> SYSTEM_READS = Set.of(JobQueryImpl.class,
      JobDefinitionQueryImpl.class, BatchQueryImpl.class, BatchStatisticsQueryImpl.class,
      HistoricBatchQueryImpl.class, HistoricJobLogQueryImpl.class,
      GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class,
      FindHistoryCleanupJobsCmd.class, GetPropertiesCmd.class, GetLicenseKeyCmd.class);

  private final SubmittableFields fields;
  private final DeploymentCheck deployments;

  public EngineGuard(SubmittableFields fields, DeploymentCheck deployments) {
    this.fields = fields;
    this.deployments = deployments;
  }

  void check(Command<?> command, Authentication user) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (command instanceof DeleteAuthorizationCmd || command instanceof SaveAuthorizationCmd) {
      keepsCandidateGroupsGrant(command);
    }
    if (groups.contains(Groups.ADMIN)) {
      if (command instanceof DeployCmd deploy) {
        checkDeployment(deploy);
      }
      return;
    }
    Class<?> type = command.getClass();
    if (SYSTEM_WRITES.contains(type)) {
      throw refused("Sumber daya sistem (job, batch, deployment, pembersihan riwayat) hanya "
          + "dapat diubah oleh administrator.");
    }
    if (SYSTEM_READS.contains(type) && !groups.contains(Groups.MANAGER)) {
      throw refused("Sumber daya sistem (job, batch, pembersihan riwayat) hanya dapat dilihat "
          + "oleh administrator dan manajer.");
    }
    if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
        || command instanceof AbstractPatchVariablesCmd) {
      throw refused("Variabel proses tidak dapat diubah langsung; isi dan kirim formulir tugas "
          + "yang menjadi bagian Anda.");
    }
    if (command instanceof CompleteTaskCmd) {
      onlyFormFields(field(command, "taskId"), field(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      onlyFormFields(field(command, "taskId"), field(command, "properties"));
    } else if (command instanceof CheckPassword) {
      if (!user.getUserId().equals(field(command, "userId"))) {
        throw refused("Hanya administrator yang dapat memeriksa kata sandi pengguna lain.");
      }
    } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd
        || command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
        || command instanceof DeleteProcessInstanceCommentCmd) {
      mayWork(field(command, "taskId"));
    } else if (command instanceof SaveAttachmentCmd) {
      mayWork(((Attachment) field(command, "attachment")).getTaskId());
    } else if (command instanceof DeleteAttachmentCmd) {
      String taskId = field(command, "taskId");
      mayWork(taskId != null ? taskId : attachment(field(command, "attachmentId")).getTaskId());
    } else if (command instanceof GetTaskCommentsCmd || command instanceof GetTaskCommentCmd
        || command instanceof GetTaskAttachmentsCmd || command instanceof GetTaskAttachmentCmd
        || command instanceof GetTaskAttachmentContentCmd) {
      mayRead(field(command, "taskId"), null);
    } else if (command instanceof GetProcessInstanceCommentsCmd
        || command instanceof GetProcessInstanceAttachmentsCmd) {
      mayRead(null, field(command, "processInstanceId"));
    } else if (command instanceof GetAttachmentCmd || command instanceof GetAttachmentContentCmd) {
      AttachmentEntity attachment = attachment(field(command, "attachmentId"));
      if (attachment != null) {
        mayRead(attachment.getTaskId(), attachment.getProcessInstanceId());
      }
    }
  }

  /**
   * A group's READ on a task it is a candidate for stays while it is a candidate: Camunda writes
   * that grant when the group becomes a candidate, and the group's task list relies on it
   * ({@link CandidateGroupTasks}). To take a task away from a group, an administrator removes the
   * group from the task's candidates first; then its grant may go.
   */
  private static void keepsCandidateGroupsGrant(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    AuthorizationEntity after = command instanceof SaveAuthorizationCmd
        ? field(command, "authorization") : null;
    String id = after != null ? after.getId() : field(command, "authorizationId");
    // the stored row, read past the command's entity cache (the command stores its own copy)
    AuthorizationEntity before = id == null ? null
        : context.getDbSqlSession().selectById(AuthorizationEntity.class, id);
    if (before == null || before.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
        || before.getGroupId() == null || before.getResourceId() == null
        || before.getResourceType() != Resources.TASK.resourceType()
        || !before.isPermissionGranted(Permissions.READ)) {
      return;
    }
    boolean kept = after != null && after.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
        && before.getGroupId().equals(after.getGroupId())
        && before.getResourceId().equals(after.getResourceId())
        && after.getResourceType() == Resources.TASK.resourceType()
        && after.isPermissionGranted(Permissions.READ);
    if (!kept && !context.getIdentityLinkManager().findIdentityLinkByTaskUserGroupAndType(
        before.getResourceId(), null, before.getGroupId(), IdentityLinkType.CANDIDATE).isEmpty()) {
      throw new ConflictException("Kelompok " + before.getGroupId() + " masih menjadi kandidat "
          + "tugas ini, jadi izin bacanya tetap. Keluarkan dulu kelompok itu dari kandidat tugas "
          + "(Tasklist: Kelompok, atau REST task/{id}/identity-links/delete), lalu hapus izinnya.");
    }
  }

  /** An administrator's deployment is checked whole before anything of it is deployed. */
  private void checkDeployment(DeployCmd command) {
    DeploymentBuilderImpl builder = field(command, "deploymentBuilder");
    DeploymentEntity deployment = builder.getDeployment();
    Map<String, byte[]> resources = new java.util.TreeMap<>();
    if (deployment.getResources() != null) {
      deployment.getResources().forEach((name, resource) -> resources.put(name,
          resource.getBytes()));
    }
    List<id.sinergi.kernel.error.FieldError> problems = deployments.problems(
        deployment.getTenantId(), resources);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void onlyFormFields(String taskId, Map<String, ?> submitted) {
    if (submitted == null || submitted.isEmpty()) {
      return;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers "task not found"
    }
    Set<String> allowed = fields.of(task);
    Set<String> extra = new TreeSet<>(submitted.keySet());
    extra.removeAll(allowed);
    if (!extra.isEmpty()) {
      throw new InvalidInputException(String.join(",", extra), "formulir tugas ini tidak memiliki "
          + "kolom " + String.join(", ", extra) + "; kirim hanya isian formulirnya");
    }
  }

  private static void mayWork(String taskId) {
    CommandContext context = Context.getCommandContext();
    if (taskId == null) {
      throw refused("Komentar dan lampiran hanya dapat ditambahkan pada tugas yang Anda kerjakan.");
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    var auth = context.getAuthorizationManager();
    boolean allowed = task != null && context.getTenantManager().isAuthenticatedTenant(task.getTenantId())
        && (auth.isAuthorized(Permissions.TASK_WORK, Resources.TASK, taskId)
            || auth.isAuthorized(Permissions.UPDATE, Resources.TASK, taskId)
            || (task.getProcessDefinitionId() != null && (
                auth.isAuthorized(Permissions.TASK_WORK, Resources.PROCESS_DEFINITION,
                    task.getProcessDefinition().getKey())
                || auth.isAuthorized(Permissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
                    task.getProcessDefinition().getKey()))));
    if (!allowed) {
      throw refused("Komentar dan lampiran hanya dapat diubah oleh yang berhak mengerjakan tugas ini.");
    }
  }

  private static void mayRead(String taskId, String processInstanceId) {
    var engine = Context.getProcessEngineConfiguration();
    boolean visible;
    if (taskId != null) {
      visible = engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
          || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    } else if (processInstanceId != null) {
      visible = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).count() > 0;
    } else {
      visible = false;
    }
    if (!visible) {
      throw refused("Komentar dan lampiran ini bukan bagian dari tugas atau kasus yang dapat "
          + "Anda lihat.");
    }
  }

  private static AttachmentEntity attachment(String id) {
    return id == null ? null : Context.getCommandContext().getDbEntityManager()
        .selectById(AttachmentEntity.class, id);
  }

  private static ForbiddenException refused(String reason) {
    return new ForbiddenException(reason);
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name
        + ": the engine changed; check EngineGuard against this Camunda version");
  }

  /** Counts command nesting per thread: only the outermost command comes from outside. */
  static final class Depth extends CommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      depth[0]++;
      try {
        return next.execute(command);
      } finally {
        depth[0]--;
      }
    }

    static boolean outermost() {
      return DEPTH.get()[0] == 1;
    }
  }

  /** Inside the command context (after Camunda's context interceptor): applies the guard. */
  static final class Check extends CommandInterceptor {

    private final EngineGuard guard;

    Check(EngineGuard guard) {
      this.guard = guard;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (Depth.outermost() && !(command instanceof AbstractQuery<?, ?> q && !SYSTEM_READS.contains(q.getClass()))) {
        Authentication user = Context.getCommandContext() == null ? null
            : Context.getCommandContext().getAuthentication();
        if (user != null && user.getUserId() != null) {
          guard.check(command, user);
        }
      }
      return next.execute(command);
    }
  }
}
