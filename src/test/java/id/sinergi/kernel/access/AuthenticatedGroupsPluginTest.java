package id.sinergi.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.SinergiPostgresTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Authorization checks with the caller's groups not narrowed by Camunda's read of every group
 * holding a grant: the engine uses Sinergi's manager, and a clerk sees exactly what Camunda's own
 * manager shows them — their Pemda's tasks only, also with a group of no grants in their list
 * and under a revoke of one of their tasks.
 */
@SinergiPostgresTest
class AuthenticatedGroupsPluginTest {

  private static final String CLERK = "loteng.ekonomi";

  @Autowired ProcessEngine engine;

  @Test
  void theEngineAsksSinergisManagerAndNoGroupIsDropped() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class))
        .isInstanceOf(AuthenticatedGroupsPlugin.Factory.class);
    AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthenticatedGroupsPlugin.Manager.class);
    // no table read: a group without any grant stays, duplicates and nulls go
    assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList("pemda-52.02-ekonomi",
        "no-grants-anywhere", null, "pemda-52.02-ekonomi")))
        .containsExactly("pemda-52.02-ekonomi", "no-grants-anywhere");
    assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
  }

  @Test
  void aClerkSeesWhatCamundasOwnManagerShowsThem() {
    List<String> groups = new ArrayList<>(engine.getIdentityService().createGroupQuery()
        .groupMember(CLERK).list().stream().map(Group::getId).toList());
    groups.add("no-grants-anywhere");
    List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(CLERK)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    assertThat(tenants).containsExactly("52.02");

    List<Task> sinergi = asClerk(groups, tenants, this::visibleTasks);
    assertThat(sinergi).isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo("52.02"));
    assertThat(ids(withCamundasManager(() -> asClerk(groups, tenants, this::visibleTasks))))
        .isEqualTo(ids(sinergi));

    // revokes for the clerk (the task itself, and reading the tasks of its process definition)
    // hide that task from them despite their group's grants, with either manager
    // (an unassigned task the clerk sees through a group grant, not one of their own)
    Task hidden = sinergi.stream().filter(t -> t.getAssignee() == null && t.getOwner() == null)
        .findFirst().orElseThrow();
    assertThat(engine.getTaskService().getIdentityLinksForTask(hidden.getId()))
        .anyMatch(link -> groups.contains(link.getGroupId()));
    String key = engine.getRepositoryService().getProcessDefinition(
        hidden.getProcessDefinitionId()).getKey();
    Authorization task = revoke( Resources.TASK, hidden.getId(), Permissions.READ);
    Authorization definition = revoke( Resources.PROCESS_DEFINITION, key,
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK);
    try {
      List<String> revoked = ids(asClerk(groups, tenants, this::visibleTasks));
      assertThat(revoked).doesNotContain(hidden.getId()).hasSizeLessThan(sinergi.size());
      assertThat(ids(withCamundasManager(() -> asClerk(groups, tenants, this::visibleTasks))))
          .isEqualTo(revoked);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(task.getId());
      engine.getAuthorizationService().deleteAuthorization(definition.getId());
    }
    assertThat(ids(asClerk(groups, tenants, this::visibleTasks))).isEqualTo(ids(sinergi));
  }

  private Authorization revoke(Resources resource, String id,
      org.camunda.bpm.engine.authorization.Permission permission) {
    Authorization revoke = engine.getAuthorizationService()
        .createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(CLERK);
    revoke.setResource(resource);
    revoke.setResourceId(id);
    revoke.removePermission(permission);
    return engine.getAuthorizationService().saveAuthorization(revoke);
  }

  private List<Task> visibleTasks() {
    return engine.getTaskService().createTaskQuery().orderByTaskId().asc().list();
  }

  private <T> T asClerk(List<String> groups, List<String> tenants, Supplier<T> call) {
    engine.getIdentityService().setAuthentication(CLERK, groups, tenants);
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private <T> T withCamundasManager(Supplier<T> call) {
    var factories = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSessionFactories();
    SessionFactory sinergi = factories.get(AuthorizationManager.class);
    factories.put(AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
    try {
      return call.get();
    } finally {
      factories.put(AuthorizationManager.class, sinergi);
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
