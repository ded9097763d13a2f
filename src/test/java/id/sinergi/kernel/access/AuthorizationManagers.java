package id.sinergi.kernel.access;

import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Sinergi's authorization manager as it was before a change, for benchmarks to compare. */
public final class AuthorizationManagers {

  private AuthorizationManagers() {
  }

  /** Checks every row's grants also in the list of the caller's groups' tasks. */
  public static SessionFactory checkingCandidateGroupRows() {
    return new AuthenticatedGroupsPlugin.Factory(true);
  }
}
