package id.sinergi.kernel.engine;

import id.sinergi.kernel.error.ConflictException;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions from listeners and delegates in a generic ProcessEngineException,
 * which the REST API answers with 500. Outermost in the chain (after the rollback), this restores
 * Sinergi's own refusals (invalid input, forbidden, not found, conflict) so the caller gets the
 * right status and the reason in Indonesian.
 */
class RefusalUnwrapper extends CommandInterceptor {

  /** Camunda's refusal of an object of a tenant the user does not belong to. */
  private static final String OTHER_TENANT = "ENGINE-13034";

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      throw refusalIn(e);
    }
  }

  static RuntimeException refusalIn(RuntimeException e) {
    if (e.getMessage() != null && e.getMessage().startsWith(OTHER_TENANT)) {
      // The tenant check: the object belongs to a Pemda the user is not staff of.
      return new ForbiddenException("Data ini milik Pemda lain; Anda tidak dapat melihat atau "
          + "mengubahnya.");
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof InvalidInputException || cause instanceof ForbiddenException
          || cause instanceof NotFoundException || cause instanceof ConflictException) {
        return (RuntimeException) cause;
      }
    }
    return e;
  }
}
