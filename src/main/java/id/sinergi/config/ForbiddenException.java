package id.sinergi.config;

/** The caller may not see or change this; answered 403 with the message (Indonesian). */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
