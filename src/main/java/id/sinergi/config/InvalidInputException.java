package id.sinergi.config;

import java.util.List;

/** Input that breaks a business rule; answered 400 with the field and the reason. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).reason());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  public record FieldError(String field, String reason) {}
}
