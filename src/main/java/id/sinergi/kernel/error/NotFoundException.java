package id.sinergi.kernel.error;

/** Something the caller named does not exist (or is not theirs); answered 404 (Indonesian). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
