package id.sinergi.kernel.error;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The caller may not see or change this; answered 403 with the message (Indonesian). An engine
 * {@link AuthorizationException}, so the engine REST API answers it with 403 too when the
 * refusal comes from inside a command (a process start, the engine guard).
 */
public class ForbiddenException extends AuthorizationException {

  public ForbiddenException(String message) {
    super(message);
  }
}
