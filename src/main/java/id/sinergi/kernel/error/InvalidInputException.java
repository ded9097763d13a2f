package id.sinergi.kernel.error;

import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks a rule, refused with 400 and every field's reason. The same exception serves
 * the app's REST API and the engine (form submissions, process starts): the engine REST API
 * answers a {@link FormFieldValidationException} with 400, and the engine rolls the whole command
 * back, so a task stays open and nothing is saved.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final List<FieldError> errors;

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? null : errors.get(0).field(), message(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  /** The same refusal with each field named as the user saw it. */
  public InvalidInputException labelled(UnaryOperator<FieldError> labeller) {
    return new InvalidInputException(errors.stream().map(labeller).toList());
  }

  private static String message(List<FieldError> errors) {
    StringBuilder text = new StringBuilder();
    for (FieldError error : errors) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(error.describe());
    }
    return text.isEmpty() ? "Data tidak valid." : text.toString();
  }
}
