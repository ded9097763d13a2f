package id.sinergi.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What escalating a step reads of the engine, made cheap for a check that escalates a batch of
 * steps in one transaction: a task by id from the engine's command context (its entity cache,
 * one indexed select) instead of a task query, and group members, names and e-mail addresses
 * read once per transaction.
 */
@Component
class WaitingTasks {

  private final TaskService tasks;
  private final IdentityService identity;

  WaitingTasks(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The waiting task, or empty when it no longer exists. */
  Optional<Task> find(String taskId) {
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      return Optional.ofNullable(command.getTaskManager().findTaskById(taskId));
    }
    return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  /**
   * Reads these tasks in one query; inside a command they stay in its entity cache, where
   * {@link #find} then finds them without a read of its own.
   */
  void prefetch(String... taskIds) {
    tasks.createTaskQuery().taskIdIn(taskIds).list();
  }

  List<? extends IdentityLink> identityLinks(Task task) {
    if (task instanceof TaskEntity entity && Context.getCommandContext() != null) {
      return entity.getIdentityLinks();
    }
    return tasks.getIdentityLinksForTask(task.getId());
  }

  /** Ids of the group's members. */
  List<String> members(String groupId) {
    return remember("members:" + groupId, () -> identity.createUserQuery().memberOfGroup(groupId)
        .list().stream().map(User::getId).toList());
  }

  /** The group's name, or its id when it has none. */
  String groupName(String groupId) {
    return remember("group:" + groupId, () -> {
      Group group = identity.createGroupQuery().groupId(groupId).singleResult();
      return group == null || group.getName() == null ? groupId : group.getName();
    });
  }

  /** "Name (id)", or the id of an unknown user. */
  String userName(String userId) {
    return remember("user:" + userId, () -> EscalationTargets.userName(identity, userId));
  }

  /** The user's e-mail address, or "" when the user or the address is unknown. */
  String email(String userId) {
    return remember("email:" + userId, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      return user == null || user.getEmail() == null ? "" : user.getEmail().trim();
    });
  }

  /**
   * Within one transaction (a batch of the check, one ladder job) each lookup runs once; nothing
   * is kept beyond it, so a Plt appointed a moment ago is reached by the next escalation. The
   * value must not be null.
   */
  @SuppressWarnings("unchecked")
  <T> T remember(String key, Supplier<T> load) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return load.get();
    }
    Map<String, Object> memo = (Map<String, Object>) TransactionSynchronizationManager
        .getResource(this);
    if (memo == null) {
      memo = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, memo);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(WaitingTasks.this);
        }
      });
    }
    Object value = memo.get(key);
    if (value == null) {
      value = load.get();
      memo.put(key, value);
    }
    return (T) value;
  }
}
