package id.sinergi.forms;

import id.sinergi.forms.FormSchema.Field;
import id.sinergi.kernel.error.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Applies a form's own rules to a submission, as form-js does in the browser, with reasons in
 * Indonesian. A request that bypasses Tasklist gets exactly the errors the form would show.
 */
public final class FormSchemaValidator {

  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{6,20}$");

  private FormSchemaValidator() {}

  /**
   * Decides a FEEL hide condition of the form against the submitted values, as form-js does.
   * Answers null when it cannot tell; the field is then checked only if a value was sent.
   */
  @FunctionalInterface
  public interface Conditions {
    Boolean isTrue(String feelExpression, Map<String, Object> context);

    Conditions UNKNOWN = (expression, context) -> null;
  }

  public static List<FieldError> validate(FormSchema schema, Map<String, Object> values) {
    return validate(schema, values, Conditions.UNKNOWN);
  }

  public static List<FieldError> validate(FormSchema schema, Map<String, Object> values,
      Conditions conditions) {
    List<FieldError> errors = new ArrayList<>();
    new FormSchemaValidator.Run(conditions, values).validate(schema.fields(), values, "", "", errors);
    return errors;
  }

  private record Run(Conditions conditions, Map<String, Object> top) {

    void validate(List<Field> fields, Map<String, Object> values, String keyPrefix,
        String labelPrefix, List<FieldError> errors) {
      for (Field field : fields) {
        Boolean hidden = hidden(field, values);
        if (Boolean.TRUE.equals(hidden)) {
          continue;
        }
        Object value = values.get(field.key());
        String key = keyPrefix + field.key();
        String label = labelPrefix + field.label();
        if (field.isContainer()) {
          validateContainer(field, value, key, label, errors);
        } else {
          boolean mayBeAbsent = field.neverRequired() || (hidden == null && !field.hideWhen().isEmpty());
          validateInput(field, value, key, label, mayBeAbsent, errors);
        }
      }
    }

    /** True if hidden, false if shown, null if a condition could not be decided. */
    private Boolean hidden(Field field, Map<String, Object> values) {
      if (field.hideWhen().isEmpty()) {
        return false;
      }
      Map<String, Object> context = new java.util.HashMap<>(top);
      context.putAll(values);
      boolean unknown = false;
      for (String condition : field.hideWhen()) {
        Boolean result = conditions.isTrue(condition, context);
        if (Boolean.TRUE.equals(result)) {
          return true;
        }
        unknown |= result == null;
      }
      return unknown ? null : false;
    }

    private void validateContainer(Field field, Object value, String key, String label,
        List<FieldError> errors) {
    if (value == null) {
      return;
    }
    if (field.list()) {
      List<Object> rows = elements(value);
      if (rows == null) {
        errors.add(new FieldError(key, label, "harus berupa daftar"));
        return;
      }
      for (int i = 0; i < rows.size(); i++) {
        validate(field.children(), properties(rows.get(i)), key + "[" + (i + 1) + "].",
            label + " baris " + (i + 1) + " — ", errors);
      }
    } else {
      validate(field.children(), properties(value), key + ".", label + " — ", errors);
    }
  }
  }

  private static Map<String, Object> properties(Object container) {
    Map<String, Object> map = new java.util.HashMap<>();
    if (container instanceof SpinJsonNode json && json.isObject()) {
      for (String name : json.fieldNames()) {
        map.put(name, property(container, name));
      }
    } else if (container instanceof Map<?, ?> source) {
      source.forEach((k, v) -> map.put(String.valueOf(k), v));
    }
    return map;
  }

  private static void validateInput(Field f, Object value, String key, String label,
      boolean mayBeAbsent, List<FieldError> errors) {
    if (isEmpty(value)) {
      if (f.required() && !mayBeAbsent) {
        errors.add(new FieldError(key, label, "wajib diisi"));
      }
      return;
    }
    switch (f.type()) {
      case "number" -> checkNumber(f, value, key, label, errors);
      case "textfield", "textarea" -> checkText(f, scalar(value), key, label, errors);
      case "datetime" -> checkDate(f, scalar(value), key, label, errors);
      case "checkbox" -> {
        if (!(value instanceof Boolean) && !(value instanceof SpinJsonNode j && j.isBoolean())) {
          errors.add(new FieldError(key, label, "harus ya atau tidak"));
        }
      }
      case "select", "radio" -> checkOption(f, scalar(value), key, label, errors);
      case "checklist", "taglist" -> {
        List<Object> selected = elements(value);
        if (selected == null) {
          errors.add(new FieldError(key, label, "harus berupa daftar pilihan"));
        } else {
          selected.forEach(s -> checkOption(f, scalar(s), key, label, errors));
        }
      }
      default -> { }
    }
  }

  private static void checkNumber(Field f, Object value, String key, String label,
      List<FieldError> errors) {
    BigDecimal number;
    try {
      number = new BigDecimal(scalar(value).trim());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(key, label, "harus berupa angka"));
      return;
    }
    if (f.min() != null && number.compareTo(BigDecimal.valueOf(f.min())) < 0) {
      errors.add(new FieldError(key, label, "tidak boleh kurang dari " + plain(f.min())));
    }
    if (f.max() != null && number.compareTo(BigDecimal.valueOf(f.max())) > 0) {
      errors.add(new FieldError(key, label, "tidak boleh lebih dari " + plain(f.max())));
    }
  }

  private static void checkText(Field f, String text, String key, String label,
      List<FieldError> errors) {
    if (f.minLength() != null && text.length() < f.minLength()) {
      errors.add(new FieldError(key, label, "minimal " + f.minLength() + " karakter"));
    }
    if (f.maxLength() != null && text.length() > f.maxLength()) {
      errors.add(new FieldError(key, label, "maksimal " + f.maxLength() + " karakter"));
    }
    if (f.pattern() != null && !matches(f.pattern(), text)) {
      errors.add(new FieldError(key, label, "tidak sesuai format yang diminta"));
    }
    if ("email".equals(f.validationType()) && !EMAIL.matcher(text).matches()) {
      errors.add(new FieldError(key, label, "alamat email tidak valid"));
    }
    if ("phone".equals(f.validationType()) && !PHONE.matcher(text).matches()) {
      errors.add(new FieldError(key, label, "nomor telepon tidak valid"));
    }
  }

  private static void checkDate(Field f, String text, String key, String label,
      List<FieldError> errors) {
    try {
      if ("date".equals(f.subtype())) {
        LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } else if ("datetime".equals(f.subtype())) {
        OffsetDateTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(key, label, "tanggal tidak valid (format yyyy-mm-dd)"));
    }
  }

  private static void checkOption(Field f, String value, String key, String label,
      List<FieldError> errors) {
    if (!f.options().isEmpty() && !f.options().contains(value)) {
      errors.add(new FieldError(key, label, "pilihan '" + value + "' tidak tersedia"));
    }
  }

  /** form-js tests patterns with RegExp.test, i.e. anywhere in the text unless anchored. */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String s) {
      return s.isBlank();
    }
    if (value instanceof SpinJsonNode json) {
      return json.isNull() || (json.isString() && json.stringValue().isBlank())
          || (json.isArray() && json.elements().isEmpty());
    }
    return value instanceof Collection<?> c && c.isEmpty();
  }

  private static String scalar(Object value) {
    if (value instanceof SpinJsonNode json) {
      if (json.isString()) {
        return json.stringValue();
      }
      if (json.isNumber()) {
        return json.numberValue().toString();
      }
      return json.toString();
    }
    return String.valueOf(value);
  }

  private static List<Object> elements(Object value) {
    if (value instanceof SpinJsonNode json) {
      return json.isArray() ? new ArrayList<>(json.elements()) : null;
    }
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    return null;
  }

  private static Object property(Object container, String key) {
    if (container instanceof SpinJsonNode json) {
      if (!json.isObject() || !json.hasProp(key)) {
        return null;
      }
      SpinJsonNode child = json.prop(key);
      if (child.isNull()) {
        return null;
      }
      if (child.isString()) {
        return child.stringValue();
      }
      if (child.isBoolean()) {
        return child.boolValue();
      }
      return child.isNumber() ? child.numberValue() : child;
    }
    if (container instanceof Map<?, ?> map) {
      return map.get(key);
    }
    return null;
  }

  private static String plain(Double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }
}
