package id.sinergi.kernel.engine;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent grants: re-running start-up adds missing permissions and duplicates nothing. */
public final class AuthorizationGrants {

  private AuthorizationGrants() {}

  public static void grantGroup(AuthorizationService service, String groupId, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization authorization = service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    save(service, authorization == null ? newGrant(service, resource, resourceId) : authorization,
        null, groupId, permissions);
  }

  /**
   * Every group's grant on one resource id, by group, read with one query: for granting many
   * groups at start-up without one query per group (see {@link #grantGroup(AuthorizationService,
   * Authorization, String, Resource, String, Permission...)}).
   */
  public static Map<String, Authorization> groupGrants(AuthorizationService service,
      Resource resource, String resourceId) {
    Map<String, Authorization> byGroup = new HashMap<>();
    for (Authorization grant : service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource)
        .resourceId(resourceId).list()) {
      if (grant.getGroupId() != null) {
        byGroup.putIfAbsent(grant.getGroupId(), grant);
      }
    }
    return byGroup;
  }

  /**
   * As {@link #grantGroup(AuthorizationService, String, Resource, String, Permission...)}, with
   * the group's grant on the resource already read ({@link #groupGrants}; null if it has none).
   */
  public static void grantGroup(AuthorizationService service, Authorization existing,
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    save(service, existing == null ? newGrant(service, resource, resourceId) : existing, null,
        groupId, permissions);
  }

  /** Takes permissions back from a group's grant on a resource, if it has them. */
  public static void revokeGroup(AuthorizationService service, String groupId, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization authorization = service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (authorization.isPermissionGranted(permission)) {
        authorization.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      service.saveAuthorization(authorization);
    }
  }

  public static void grantEveryone(AuthorizationService service, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization authorization = service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = service.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(service, authorization, Authorization.ANY, null, permissions);
  }

  private static Authorization newGrant(AuthorizationService service, Resource resource,
      String resourceId) {
    Authorization grant = service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    return grant;
  }

  private static void save(AuthorizationService service, Authorization authorization,
      String userId, String groupId, Permission... permissions) {
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      if (userId != null) {
        authorization.setUserId(userId);
      }
      if (groupId != null) {
        authorization.setGroupId(groupId);
      }
      service.saveAuthorization(authorization);
    }
  }
}
