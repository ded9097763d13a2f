package id.sinergi.kernel.error;

/** The request collides with another one or with the current state; answered 409 (Indonesian). */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
