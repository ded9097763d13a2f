package id.sinergi.kernel.error;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Logs each refused engine command a user sent ({@link RefusalLog}), whatever the path: a form
 * completed in Tasklist, the engine REST API, the app's own code. Only the outermost command is
 * logged; commands without an authenticated user (the job executor, Sinergi itself) are work,
 * not requests, and their failures are incidents.
 */
@Component
class RefusalLogPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    // First, so it also sees what EngineGuard refuses before a command runs.
    configuration.getCustomPostCommandInterceptorsTxRequired().add(0, new Interceptor());
  }

  static final class Interceptor extends CommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      depth[0]++;
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        if (depth[0] == 1 && RefusalLog.isRefusal(e)) {
          log(command, e);
        }
        throw e;
      } finally {
        depth[0]--;
      }
    }

    private static void log(Command<?> command, RuntimeException e) {
      try {
        CommandContext context = Context.getCommandContext();
        String userId = context == null ? null : context.getAuthenticatedUserId();
        if (userId == null) {
          return;
        }
        String taskId = text(command, "taskId");
        String instanceId = text(command, "processInstanceId");
        String what = command.getClass().getSimpleName().replaceAll("Cmd$", "")
            + (taskId != null ? " task=" + taskId
                : instanceId != null ? " instance=" + instanceId : "");
        RefusalLog.engineCommand(userId, what, caseOf(context, taskId, instanceId), e);
      } catch (RuntimeException unexpected) {
        RefusalLog.LOG.debug("Cannot describe a refused command", unexpected);
      }
    }

    private static RefusalLog.CaseNote caseOf(CommandContext context, String taskId,
        String instanceId) {
      String processInstanceId = instanceId;
      String pemda = null;
      if (taskId != null) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null) {
          processInstanceId = task.getProcessInstanceId();
          pemda = task.getTenantId();
        }
      }
      if (processInstanceId == null) {
        return null;
      }
      ExecutionEntity instance = context.getExecutionManager()
          .findExecutionById(processInstanceId);
      String key = instance == null ? null : instance.getBusinessKey();
      if (pemda == null && instance != null) {
        pemda = instance.getTenantId();
      }
      return new RefusalLog.CaseNote(key != null ? key : processInstanceId, processInstanceId,
          pemda);
    }

    private static String text(Object command, String name) {
      for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
        try {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          Object value = field.get(command);
          return value instanceof String s ? s : null;
        } catch (NoSuchFieldException e) {
          // look in the superclass
        } catch (ReflectiveOperationException | RuntimeException e) {
          return null;
        }
      }
      return null;
    }
  }
}
