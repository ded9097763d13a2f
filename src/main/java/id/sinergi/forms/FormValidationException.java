package id.sinergi.forms;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission that breaks a rule. The engine REST API (and so Tasklist) answers a
 * {@link FormFieldValidationException} with 400 and its message; the engine rolls the whole
 * completion back, so the task stays open and nothing is saved.
 */
public class FormValidationException extends FormFieldValidationException {

  private final List<FieldError> errors;

  public FormValidationException(String field, String reason) {
    this(List.of(new FieldError(field, null, reason)));
  }

  public FormValidationException(List<FieldError> errors) {
    super(errors.isEmpty() ? null : errors.get(0).field(), message(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  private static String message(List<FieldError> errors) {
    StringBuilder text = new StringBuilder();
    for (FieldError error : errors) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(error.describe());
    }
    return text.toString();
  }

  /**
   * @param field the form field key (as submitted), e.g. {@code programs[2].budget}
   * @param label the label the user saw, if known
   * @param reason why, in Indonesian
   */
  public record FieldError(String field, String label, String reason) {
    String describe() {
      return "Kolom '" + (label == null || label.isBlank() ? field : label) + "': " + reason;
    }
  }
}
