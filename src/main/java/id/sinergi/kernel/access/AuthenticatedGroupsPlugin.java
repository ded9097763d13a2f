package id.sinergi.kernel.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks without its per-command read of every group that holds a grant.
 *
 * <p>Before each authorization check (up to four per Tasklist request) Camunda narrows the
 * caller's groups to those with at least one grant, and to know those it reads {@code SELECT
 * distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} — the whole table, once per command. Every
 * candidate group gets a grant per open task, so that read grows with the open tasks (at 20,000
 * open instances it dominates the engine's share of Tasklist's first page). Narrowing changes no
 * answer: a group without grants matches no grant row in the check's SQL ({@code GROUP_ID_ in
 * (...)}), so leaving it in the list allows and refuses exactly what the narrowed list does — also
 * for revoke authorizations. Sinergi's users belong to a handful of groups, so the lists stay
 * short. Here the caller's groups are passed on as they are (deduplicated), and the read is gone.
 * The manager also remembers, for the rest of one Tasklist request, that the caller may read the
 * filter it runs ({@link FilterReadScope}), and checks no grant per row in a query for the tasks of
 * the caller's own groups ({@link CandidateGroupTasks}).
 */
@Component
class AuthenticatedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    // custom session factories are registered after Camunda's own, so this one replaces its
    // AuthorizationManager factory
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Opens a {@link Manager} wherever the engine asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    private final boolean candidateGroupRowsChecked;

    Factory() {
      this(false);
    }

    /** {@code candidateGroupRowsChecked}: as before {@link CandidateGroupTasks} (benchmarks). */
    Factory(boolean candidateGroupRowsChecked) {
      this.candidateGroupRowsChecked = candidateGroupRowsChecked;
    }

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager(candidateGroupRowsChecked);
    }
  }

  /**
   * Camunda's authorization manager, the caller's groups not narrowed by a table read, and a
   * granted READ on a filter checked once per Tasklist request ({@link FilterReadScope}), no row
   * check for the tasks of the caller's own groups ({@link CandidateGroupTasks}). One per command.
   */
  static final class Manager extends AuthorizationManager {

    private final boolean candidateGroupRowsChecked;

    /** Whether a revoke authorization applies to the caller; read once per command. */
    private Boolean callerHasRevokes;

    Manager(boolean candidateGroupRowsChecked) {
      this.candidateGroupRowsChecked = candidateGroupRowsChecked;
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      if (candidateGroupRowsChecked || !isAuthCheckExecuted()
          || !CandidateGroupTasks.onlyCallersGroups(query, getCurrentAuthentication())
          || callerHasRevokes()) {
        super.configureTaskQuery(query);
        return;
      }
      // the caller and their groups on the query, as Camunda sets them, and no permission check:
      // each row's candidate group is the caller's and holds a grant on it (CandidateGroupTasks)
      configureQuery(query);
    }

    private boolean callerHasRevokes() {
      if (callerHasRevokes == null) {
        Authentication caller = getCurrentAuthentication();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("userId", caller.getUserId());
        parameters.put("authGroupIds", filterAuthenticatedGroupIds(caller.getGroupIds()));
        // Camunda's own statement: any revoke of the user, of everyone or of one of the groups
        callerHasRevokes = getDbEntityManager().selectBoolean("selectRevokeAuthorization",
            parameters);
      }
      return callerHasRevokes;
    }

    @Override
    public void checkAuthorization(Permission permission, Resource resource, String resourceId) {
      if (!FilterReadScope.remembers(permission, resource, resourceId) || !isAuthCheckExecuted()) {
        super.checkAuthorization(permission, resource, resourceId);
        return;
      }
      Authentication caller = getCurrentAuthentication();
      if (FilterReadScope.granted(caller.getUserId(), caller.getGroupIds(), resourceId)) {
        return;
      }
      super.checkAuthorization(permission, resource, resourceId); // refused: throws
      FilterReadScope.grant(caller.getUserId(), caller.getGroupIds(), resourceId);
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return Collections.emptyList();
      }
      List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      groups.removeIf(Objects::isNull);
      return groups;
    }
  }
}
