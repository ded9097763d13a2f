package id.sinergi.config;

/** Something the caller named does not exist; answered 404 with the message (Indonesian). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
