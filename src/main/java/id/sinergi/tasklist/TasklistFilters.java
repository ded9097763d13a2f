package id.sinergi.tasklist;

import id.sinergi.kernel.caller.Groups;
import id.sinergi.kernel.engine.AuthorizationGrants;
import id.sinergi.kernel.engine.EngineBootstrapStep;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. Authorization narrows each to what the user may see, so the
 * same "Terlambat" shows a clerk their own overdue work and a manager everyone's.
 */
@Component
@Order(60)
class TasklistFilters implements EngineBootstrapStep {

  @Override
  public void run(ProcessEngine engine) {
    var tasks = engine.getTaskService();
    ensure(engine, "Tugas saya", "Tugas yang sudah Anda klaim", -10, "#1f6f43",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
        null);
    ensure(engine, "Tugas kelompok saya", "Tugas unit/jabatan Anda yang belum diklaim", -5,
        "#2d5fa8", tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned().orderByDueDate().asc(), null);
    ensure(engine, "Terlambat", "Tugas yang melewati tenggat", 0, "#b3261e",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), null);
    ensure(engine, "Semua tugas terbuka", "Seluruh tugas yang sedang berjalan (manajer)", 10,
        "#555555", tasks.createTaskQuery().orderByDueDate().asc(), Groups.MANAGER);
  }

  private void ensure(ProcessEngine engine, String name, String description, int priority,
      String color, TaskQuery query, String onlyForGroup) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("refresh", true);
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
    }
    var auth = engine.getAuthorizationService();
    if (onlyForGroup == null) {
      AuthorizationGrants.grantEveryone(auth, Resources.FILTER, filter.getId(), Permissions.READ);
    } else {
      AuthorizationGrants.grantGroup(auth, onlyForGroup, Resources.FILTER, filter.getId(),
          Permissions.READ);
    }
  }
}
