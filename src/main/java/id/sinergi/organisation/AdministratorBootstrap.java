package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Groups;
import id.sinergi.kernel.engine.EngineBootstrapStep;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Guarantees an administrator before the webapps answer (CVE-2026-77226). Outside the demo
 * profile the first one comes from SINERGI_ADMIN_USER / SINERGI_ADMIN_PASSWORD; without them
 * and without an existing administrator, start-up stops.
 */
@Component
@Order(30)
@Published
public class AdministratorBootstrap implements EngineBootstrapStep {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final String adminUser;
  private final String adminPassword;
  private final boolean reset;

  public AdministratorBootstrap(@Value("${sinergi.admin.user:}") String adminUser,
      @Value("${sinergi.admin.password:}") String adminPassword,
      @Value("${sinergi.admin.reset:false}") boolean reset) {
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
    this.reset = reset;
  }

  @Override
  public void run(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (reset) {
      resetAdministrator(engine, adminUser, adminPassword);
    } else if (!adminUser.isBlank()) {
      ensureAdministrator(engine, adminUser, adminPassword);
    }
    if (identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() == 0) {
      throw new MissingAdministratorException();
    }
    grantAdministratorsEverything(engine.getAuthorizationService());
  }

  /** Creates the user if missing and makes it an administrator; never resets a password. */
  public static void ensureAdministrator(ProcessEngine engine, String userId, String password) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      if (password == null || password.isBlank()) {
        throw new MissingAdministratorException();
      }
      User user = identity.newUser(userId);
      user.setFirstName("Administrator");
      user.setLastName("Sinergi");
      user.setPassword(password);
      identity.saveUser(user);
      LOG.info("Created administrator '{}'", userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.ADMIN).count() == 0) {
      identity.createMembership(userId, Groups.ADMIN);
    }
  }

  /**
   * Regaining administrator access without HTTP: started once with SINERGI_ADMIN_RESET=true,
   * SINERGI_ADMIN_USER and SINERGI_ADMIN_PASSWORD, Sinergi (re)creates that user, sets its
   * password, unlocks it and makes it an administrator before anything answers.
   */
  public static void resetAdministrator(ProcessEngine engine, String userId, String password) {
    if (userId == null || userId.isBlank() || password == null || password.isBlank()) {
      throw new IllegalStateException("SINERGI_ADMIN_RESET=true needs SINERGI_ADMIN_USER and "
          + "SINERGI_ADMIN_PASSWORD");
    }
    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identity.newUser(userId);
      user.setFirstName("Administrator");
      user.setLastName("Sinergi");
    }
    user.setPassword(password);
    identity.saveUser(user);
    identity.unlockUser(userId);
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.ADMIN).count() == 0) {
      identity.createMembership(userId, Groups.ADMIN);
    }
    LOG.warn("Administrator '{}' was reset from the environment (SINERGI_ADMIN_RESET); remove "
        + "the variable before the next start", userId);
  }

  private static void grantAdministratorsEverything(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      boolean granted = authorizations.createAuthorizationQuery().groupIdIn(Groups.ADMIN)
          .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }

  /** Stops start-up; its message is shown by {@code StartupFailureAnalyzer}. */
  public static class MissingAdministratorException extends IllegalStateException {
    public MissingAdministratorException() {
      super("No administrator exists and SINERGI_ADMIN_USER / SINERGI_ADMIN_PASSWORD are not set.");
    }
  }
}
