package id.sinergi.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiPostgresTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Authorization checks with the caller's groups not narrowed by Camunda's read of every group
 * holding a grant, and without a grant check per row in the list of the caller's groups' tasks:
 * the engine uses Sinergi's manager, and a clerk sees exactly what Camunda's own manager shows
 * them — in every task list and in "Tugas kelompok saya", their Pemda's tasks only, also with a
 * group of no grants in their list and under a revoke of one of their tasks. A group's grant on a
 * task it is a candidate for cannot be deleted or narrowed while it stays a candidate.
 */
@SinergiPostgresTest
class AuthenticatedGroupsPluginTest {

  private static final String CLERK = "loteng.ekonomi";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

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
    Supplier<List<Task>> groupTasks = () -> groupTasks(groups);
    List<Task> mine = asClerk(groups, tenants, groupTasks);
    assertThat(mine).isNotEmpty().hasSizeLessThanOrEqualTo(sinergi.size())
        .allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo("52.02"));
    assertThat(ids(withCamundasManager(() -> asClerk(groups, tenants, groupTasks))))
        .isEqualTo(ids(mine));
    String filter = engine.getFilterService().createFilterQuery()
        .filterName("Tugas kelompok saya").singleResult().getId();
    Supplier<List<Task>> filtered = () -> engine.getFilterService().list(filter);
    // Tasklist's filter: the same tasks, in its own order
    assertThat(ids(asClerk(groups, tenants, filtered)))
        .isEqualTo(ids(withCamundasManager(() -> asClerk(groups, tenants, filtered))))
        .containsExactlyInAnyOrderElementsOf(ids(mine));

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
      // with a revoke the group list is checked row by row again
      List<String> revokedMine = ids(asClerk(groups, tenants, groupTasks));
      assertThat(revokedMine).doesNotContain(hidden.getId()).hasSize(mine.size() - 1);
      assertThat(ids(withCamundasManager(() -> asClerk(groups, tenants, groupTasks))))
          .isEqualTo(revokedMine);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(task.getId());
      engine.getAuthorizationService().deleteAuthorization(definition.getId());
    }
    assertThat(ids(asClerk(groups, tenants, this::visibleTasks))).isEqualTo(ids(sinergi));
    assertThat(ids(asClerk(groups, tenants, groupTasks))).isEqualTo(ids(mine));
  }

  @Test
  void onlyTheListOfTheCallersOwnGroupsSkipsTheRowCheck() {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(CLERK)
        .list().stream().map(Group::getId).toList();
    String group = groups.stream().filter(g -> g.endsWith("-ekonomi")).findFirst().orElseThrow();
    var tasks = engine.getTaskService();
    Map<String, Boolean> rowChecked = new LinkedHashMap<>();
    asClerk(groups, List.of("52.02"), () -> {
      rowChecked.put("own groups", rowChecked(tasks.createTaskQuery()
          .taskCandidateGroupIn(groups).taskUnassigned(), false));
      rowChecked.put("one own group", rowChecked(tasks.createTaskQuery()
          .taskCandidateGroup(group), false));
      rowChecked.put("own groups, rows checked as before", rowChecked(tasks.createTaskQuery()
          .taskCandidateGroupIn(groups), true));
      rowChecked.put("all tasks", rowChecked(tasks.createTaskQuery(), false));
      rowChecked.put("another Pemda's group", rowChecked(tasks.createTaskQuery()
          .taskCandidateGroup("pemda-52.01-ekonomi"), false));
      rowChecked.put("own and another group", rowChecked(tasks.createTaskQuery()
          .taskCandidateGroupIn(List.of(group, "pemda-52.01-ekonomi")), false));
      rowChecked.put("candidate user", rowChecked(tasks.createTaskQuery()
          .taskCandidateUser(CLERK), false));
      rowChecked.put("group pattern", rowChecked(tasks.createTaskQuery()
          .taskCandidateGroupLike("pemda-52.02-%"), false));
      rowChecked.put("or branch", rowChecked(tasks.createTaskQuery().taskCandidateGroup(group)
          .or().taskAssignee("pip.kerjasama").taskName("x").endOr(), false));
      return null;
    });
    assertThat(rowChecked).containsEntry("own groups", false).containsEntry("one own group", false)
        .containsEntry("own groups, rows checked as before", true)
        .containsEntry("all tasks", true).containsEntry("another Pemda's group", true)
        .containsEntry("own and another group", true).containsEntry("candidate user", true)
        .containsEntry("group pattern", true).containsEntry("or branch", true);

    // and asking for another Pemda's group shows nothing
    assertThat(asClerk(groups, List.of("52.02"), () -> tasks.createTaskQuery()
        .taskCandidateGroup("pemda-52.01-ekonomi").list())).isEmpty();
  }

  @Test
  void aCandidateGroupsGrantOnItsTaskStaysWhileTheGroupIsACandidate() {
    String group = "pemda-52.02-ekonomi";
    Task task = engine.getTaskService().createTaskQuery().taskCandidateGroup(group)
        .taskUnassigned().list().get(0);
    var authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn(group).singleResult();
    assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
    var admin = Api.demo(port, "admin");

    var deleted = admin.delete().uri("/engine-rest/authorization/{id}", grant.getId())
        .retrieve().toEntity(String.class);
    assertThat(deleted.getStatusCode().value()).isEqualTo(409);
    assertThat(deleted.getBody()).contains("Kelompok " + group + " masih menjadi kandidat")
        .contains("identity-links/delete").doesNotContain("Exception");
    var narrowed = admin.put().uri("/engine-rest/authorization/{id}", grant.getId())
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("permissions", List.of("TASK_WORK"),
            "groupId", group, "resourceType", Resources.TASK.resourceType(),
            "resourceId", task.getId())).retrieve().toEntity(String.class);
    assertThat(narrowed.getStatusCode().value()).isEqualTo(409);
    assertThat(authorizations.createAuthorizationQuery().authorizationId(grant.getId())
        .singleResult().isPermissionGranted(Permissions.READ)).isTrue();

    // the group leaves the task's candidates first; then its grant may go
    Map<String, String> link = Map.of("groupId", group, "type", "candidate");
    assertThat(admin.post().uri("/engine-rest/task/{id}/identity-links/delete", task.getId())
        .contentType(MediaType.APPLICATION_JSON).body(link).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(204);
    assertThat(admin.delete().uri("/engine-rest/authorization/{id}", grant.getId()).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(204);
    // back as it was: a candidate again, with a new grant
    assertThat(admin.post().uri("/engine-rest/task/{id}/identity-links", task.getId())
        .contentType(MediaType.APPLICATION_JSON).body(link).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(204);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn(group).singleResult().isPermissionGranted(
            Permissions.READ)).isTrue();
  }

  /** Whether the engine's authorization manager adds a grant check per row to {@code query}. */
  private boolean rowChecked(TaskQuery query, boolean asBefore) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = asBefore
          ? (AuthorizationManager) new AuthenticatedGroupsPlugin.Factory(true).openSession()
          : context.getAuthorizationManager();
      TaskQueryImpl impl = (TaskQueryImpl) query;
      manager.configureTaskQuery(impl);
      return impl.getAuthCheck().getShouldPerformAuthorizatioCheck();
    });
  }

  private List<Task> groupTasks(List<String> groups) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups)
        .taskUnassigned().orderByTaskId().asc().list();
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
