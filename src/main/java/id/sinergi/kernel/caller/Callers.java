package id.sinergi.kernel.caller;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.error.ForbiddenException;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's current authentication (set by the REST filters and the webapps) into a
 * {@link Caller}. Without an authentication the caller is the system.
 */
@Component
@Published
public class Callers {

  private final IdentityService identity;
  private final Affiliations affiliations;

  public Callers(IdentityService identity, Affiliations affiliations) {
    this.identity = identity;
    this.affiliations = affiliations;
  }

  /** The authenticated user; 403 when nobody is authenticated. */
  public Caller current() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new ForbiddenException("Tidak ada pengguna yang terautentikasi.");
    }
    return of(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  /** The authenticated user, or {@link Caller#SYSTEM} when the system itself is acting. */
  public Caller currentOrSystem() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? Caller.SYSTEM : current();
  }

  public Caller of(String userId, List<String> groupIds) {
    Affiliations.Affiliation affiliation = affiliations.of(groupIds);
    boolean pip = affiliation.unitCodes().stream()
        .anyMatch(c -> c.equals("pip") || c.startsWith("pip-"));
    return new Caller(userId, List.copyOf(groupIds), affiliation.pemdaCodes(),
        affiliation.unitCodes(), groupIds.contains(Groups.ADMIN),
        groupIds.contains(Groups.MANAGER), pip);
  }

  /** A user by id, with the groups they are a member of now. */
  public Caller ofUser(String userId) {
    return of(userId, groupsOf(identity, userId));
  }

  /**
   * Acts as the user from now on in this thread, with their groups and Pemda tenants, as the
   * REST filters and the webapps do for a logged-in user (demo data and tests drive the
   * processes this way). Clear it with {@code identity.clearAuthentication()}.
   */
  public static void authenticate(IdentityService identity, String userId) {
    identity.setAuthentication(userId, groupsOf(identity, userId), tenantsOf(identity, userId));
  }

  public static List<String> tenantsOf(IdentityService identity, String userId) {
    return asSystem(identity, () -> identity.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
  }

  public static List<String> groupsOf(IdentityService identity, String userId) {
    return asSystem(identity, () -> identity.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList());
  }

  /** Identity lookups Sinergi makes for itself, outside any user's query limits and grants. */
  private static <T> T asSystem(IdentityService identity, Supplier<T> lookup) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
