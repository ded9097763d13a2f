package id.sinergi.kernel.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One READ check on a Tasklist filter per HTTP request, not one per engine command.
 *
 * <p>Tasklist's list request ({@code POST filter/{id}/list} as HAL) runs three engine commands
 * on the same filter — read it, list its tasks, count them — and the engine checks the caller's
 * READ permission on the filter in each, a statement of its own every time. Such a request writes
 * no authorization itself, so here a granted READ on a filter is remembered for the rest of the
 * request, by user, groups and filter, and the later commands skip the statement; an
 * administrator's change made while the request runs (milliseconds) applies from the next
 * request, as one made just after it would. A refused check is not remembered (it ends
 * the request with 403), nor is anything kept past the request: the next request, on this node or
 * another, checks again. Only requests that read a filter or run its query are scoped (not
 * creating, changing or deleting filters), and only READ on {@link Resources#FILTER} is
 * remembered: every other check, and every row check inside the filter's query, runs as before.
 * Outside a scoped request (the Java API, jobs) nothing changes.
 */
public class FilterReadScope extends OncePerRequestFilter {

  /** A filter, or its query's list, count or single result (engine REST, the webapps' API). */
  private static final Pattern READ = Pattern.compile(
      ".*/filter/(?!create$)[^/]+(/(list|count|singleResult))?");

  private static final ThreadLocal<Set<String>> GRANTED = new ThreadLocal<>();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (GRANTED.get() != null || !applies(request.getMethod(), request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    GRANTED.set(new HashSet<>());
    try {
      chain.doFilter(request, response);
    } finally {
      GRANTED.remove();
    }
  }

  /** Whether a request only reads a filter or runs its query (GET, or POST with a query body). */
  static boolean applies(String method, String uri) {
    if (uri == null || !READ.matcher(uri).matches()) {
      return false;
    }
    boolean query = uri.endsWith("/list") || uri.endsWith("/count")
        || uri.endsWith("/singleResult");
    return "GET".equals(method) || ("POST".equals(method) && query);
  }

  /** Runs {@code call} as one scoped request would (for tests and non-HTTP callers). */
  static <T> T within(java.util.function.Supplier<T> call) {
    if (GRANTED.get() != null) {
      return call.get();
    }
    GRANTED.set(new HashSet<>());
    try {
      return call.get();
    } finally {
      GRANTED.remove();
    }
  }

  /** Whether this check is one a scoped request may remember: READ on a filter. */
  static boolean remembers(Permission permission, Resource resource, String resourceId) {
    return GRANTED.get() != null && resourceId != null && permission != null && resource != null
        && permission.getValue() == Permissions.READ.getValue()
        && Permissions.READ.getName().equals(permission.getName())
        && resource.resourceType() == Resources.FILTER.resourceType();
  }

  static boolean granted(String userId, List<String> groupIds, String filterId) {
    Set<String> granted = GRANTED.get();
    return granted != null && granted.contains(key(userId, groupIds, filterId));
  }

  static void grant(String userId, List<String> groupIds, String filterId) {
    Set<String> granted = GRANTED.get();
    if (granted != null) {
      granted.add(key(userId, groupIds, filterId));
    }
  }

  private static String key(String userId, List<String> groupIds, String filterId) {
    Set<String> groups = new TreeSet<>();
    if (groupIds != null) {
      groupIds.stream().filter(java.util.Objects::nonNull).forEach(groups::add);
    }
    return userId + '\u0000' + String.join("\u0001", groups) + '\u0000' + filterId;
  }
}
