package id.sinergi.forms;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions from task listeners in a generic ProcessEngineException, which the
 * REST API answers with 500. Outermost in the chain (after the rollback), this restores the
 * {@link FormValidationException} so the caller gets 400 with the field and the reason.
 */
class FormValidationUnwrapper extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause();
          cause = cause.getCause()) {
        if (cause instanceof FormValidationException validation) {
          throw validation;
        }
      }
      throw e;
    }
  }
}
