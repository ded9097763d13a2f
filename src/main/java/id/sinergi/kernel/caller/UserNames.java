package id.sinergi.kernel.caller;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.engine.SystemEngineCalls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The name a person reads for a user id ("Baiq Rahmawati"), as the identity service knows it. */
@Component
@Published
public class UserNames {

  private final IdentityService identity;
  private final SystemEngineCalls system;

  public UserNames(IdentityService identity, SystemEngineCalls system) {
    this.identity = identity;
    this.system = system;
  }

  /** First and last name; the id itself for an unknown user or one without a name; "-" for none. */
  public String of(String userId) {
    if (userId == null || userId.isBlank()) {
      return "-";
    }
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}
