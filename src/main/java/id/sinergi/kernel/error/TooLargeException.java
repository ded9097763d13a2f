package id.sinergi.kernel.error;

/** 413: what was sent exceeds a size, row or time bound; the message says which, in Indonesian. */
public class TooLargeException extends RuntimeException {

  public TooLargeException(String message) {
    super(message);
  }
}
