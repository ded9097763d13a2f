package id.sinergi.incubation;

import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Autowired;
import id.sinergi.kernel.cases.CaseFile;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Shared by the incubation form handlers: business-rule errors of the services become form
 * errors (the engine rolls the completion back and Tasklist shows the reason), and the keys the
 * processes carry are read in one way.
 */
abstract class IncubationForm implements FormHandler {

  private IncubationCases cases;

  @Autowired
  final void useCases(IncubationCases incubationCases) {
    this.cases = incubationCases;
  }

  /** The candidate the task is about (the participant, or a cohort's per-candidate step). */
  final Candidate candidate(DelegateTask task, CaseFile caseFile) {
    return cases.requiredCandidate(task, caseFile);
  }

  final Candidate candidate(FormSubmission submission) {
    return cases.requiredCandidate(submission.execution(), submission.caseFile());
  }

  final Cohort cohort(CaseFile caseFile) {
    return cases.cohort(caseFile);
  }

  @Override
  public final void submit(FormSubmission submission) {
    try {
      handle(submission, new FormValues(submission.values()));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.getErrors().stream()
          .map(f -> new FieldError(f.field(), null, f.reason())).toList());
    }
  }

  protected abstract void handle(FormSubmission submission, FormValues values);

  static int integer(FormValues values, String key, String label) {
    BigDecimal number = values.number(key);
    if (number == null) {
      throw new InvalidInputException(values.field(key), label + " wajib diisi.");
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(values.field(key), label + " harus bilangan bulat.");
    }
  }

  static String text(FormValues values, String key, String label, int minLength, int maxLength) {
    String text = values.text(key);
    if (text == null || text.length() < minLength) {
      throw new InvalidInputException(values.field(key), minLength <= 1 ? label
          + " wajib diisi." : label + " wajib diisi, minimal " + minLength + " karakter.");
    }
    if (text.length() > maxLength) {
      throw new InvalidInputException(values.field(key), label + " paling panjang "
          + maxLength + " karakter.");
    }
    return text;
  }

  static String optionalText(FormValues values, String key, String label, int maxLength) {
    String text = values.text(key);
    if (text != null && text.length() > maxLength) {
      throw new InvalidInputException(values.field(key), label + " paling panjang "
          + maxLength + " karakter.");
    }
    return text;
  }

  /** Options for a checklist/taglist/select with valuesKey, as form-js reads them. */
  static SpinJsonNode options(List<Map<String, String>> options) {
    return Spin.JSON(options);
  }

  static Map<String, String> option(String label, Object value) {
    return Map.of("label", label, "value", String.valueOf(value));
  }

  static List<Long> ids(FormValues values, String key) {
    return values.selected(key).stream().map(v -> {
      try {
        return Long.valueOf(v.trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(values.field(key), "Pilihan '" + v
            + "' tidak dikenal.");
      }
    }).toList();
  }
}
