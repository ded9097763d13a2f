package id.sinergi.forms;

import id.sinergi.forms.FormSchema.Field;
import id.sinergi.forms.FormValidationException.FieldError;
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

  public static List<FieldError> validate(FormSchema schema, Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    validate(schema.fields(), values::get, "", "", errors);
    return errors;
  }

  private interface Source {
    Object get(String key);
  }

  private static void validate(List<Field> fields, Source values, String keyPrefix,
      String labelPrefix, List<FieldError> errors) {
    for (Field field : fields) {
      Object value = values.get(field.key());
      String key = keyPrefix + field.key();
      String label = labelPrefix + field.label();
      if (field.isContainer()) {
        validateContainer(field, value, key, label, errors);
      } else {
        validateInput(field, value, key, label, errors);
      }
    }
  }

  private static void validateContainer(Field field, Object value, String key, String label,
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
        Object row = rows.get(i);
        validate(field.children(), k -> property(row, k), key + "[" + (i + 1) + "].",
            label + " baris " + (i + 1) + " — ", errors);
      }
    } else {
      validate(field.children(), k -> property(value, k), key + ".", label + " — ", errors);
    }
  }

  private static void validateInput(Field f, Object value, String key, String label,
      List<FieldError> errors) {
    if (isEmpty(value)) {
      if (f.required() && !f.conditional()) {
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
