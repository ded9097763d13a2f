package id.sinergi.kernel.access;

import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * When a task query needs no grant check per row: it lists only tasks for which one of the
 * caller's own groups is a candidate ("Tugas kelompok saya").
 *
 * <p>The access model lets a group work on the tasks it is a candidate for, and Camunda writes
 * that as a grant: whenever a candidate group is added to a task (by the model, a listener or an
 * administrator) it grants the group READ and TASK_WORK on that task, and it keeps the grant until
 * the task ends — removing the candidate group does not remove it. So every row such a query can
 * return is one the caller may read through their group's grant, and Camunda's check of each row
 * (a lookup of the user's and each group's grants on the task and on its process definition,
 * twice per Tasklist page: the page and its count) cannot refuse any of them. Three things could
 * make a row refusable, and each is excluded:
 *
 * <ul>
 *   <li>a revoke authorization — the manager keeps the row check whenever one applies to the
 *       caller at all (one indexed read per command, {@code selectRevokeAuthorization});
 *   <li>a task without its grant: Camunda writes none for CMMN tasks, and Sinergi deploys no
 *       CMMN (the deployment rules refuse it);
 *   <li>a grant deleted or narrowed while its group stays a candidate: {@link EngineGuard}
 *       refuses that (409, for administrators too); the group leaves the candidates first.
 * </ul>
 *
 * <p>The Pemda (tenant) check is applied as before, so a clerk still sees their own Pemda's tasks
 * only. Every other task query — by assignee, due date, process, or with a group that is not the
 * caller's, a candidate user, a group pattern or OR branches — keeps Camunda's row check.
 */
final class CandidateGroupTasks {

  private CandidateGroupTasks() {
  }

  /** Whether every row {@code query} can return has a candidate group of {@code caller}. */
  static boolean onlyCallersGroups(TaskQueryImpl query, Authentication caller) {
    if (caller == null || caller.getGroupIds() == null || query.isOrQueryActive()
        || query.getQueries() == null || query.getQueries().size() != 1
        || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    return groups != null && !groups.isEmpty() && groups.stream().allMatch(
        group -> group != null && caller.getGroupIds().contains(group));
  }
}
