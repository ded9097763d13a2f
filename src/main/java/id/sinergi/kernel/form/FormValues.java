package id.sinergi.kernel.form;

import id.sinergi.kernel.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads submitted form values as Tasklist sends them: plain Strings, Integers/Doubles, Booleans,
 * dates as "yyyy-mm-dd" Strings, and dynamic lists/groups/checklists as Spin JSON. Conversion
 * failures become {@link InvalidInputException}s naming the field.
 */
public final class FormValues {

  private final Map<String, Object> values;
  private final String prefix;

  public FormValues(Map<String, Object> values) {
    this(values, "");
  }

  private FormValues(Map<String, Object> values, String prefix) {
    this.values = values;
    this.prefix = prefix;
  }

  public boolean has(String key) {
    Object value = values.get(key);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  public String text(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = value instanceof SpinJsonNode json ? json.stringValue() : value.toString();
    return text.isBlank() ? null : text.trim();
  }

  public String requiredText(String key) {
    String text = text(key);
    if (text == null) {
      throw new InvalidInputException(prefix + key, "wajib diisi");
    }
    return text;
  }

  public BigDecimal number(String key) {
    Object value = values.get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof SpinJsonNode json) {
      value = json.isNumber() ? json.numberValue() : json.stringValue();
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(prefix + key, "harus berupa angka");
    }
  }

  public LocalDate date(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(prefix + key, "tanggal tidak valid (format yyyy-mm-dd)");
    }
  }

  public Boolean bool(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof SpinJsonNode json && json.isBoolean()) {
      return json.boolValue();
    }
    return Boolean.parseBoolean(value.toString());
  }

  /** A dynamic list's rows, each readable like a form of its own (field names get "key[i]."). */
  public List<FormValues> rows(String key) {
    Object value = values.get(key);
    List<FormValues> rows = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      int index = 0;
      for (SpinJsonNode element : json.elements()) {
        rows.add(new FormValues(toMap(element), prefix + key + "[" + (index++ + 1) + "]."));
      }
    } else if (value instanceof Collection<?> list) {
      int index = 0;
      for (Object element : list) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = element instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        rows.add(new FormValues(map, prefix + key + "[" + (index++ + 1) + "]."));
      }
    }
    return rows;
  }

  /** The selected values of a checklist or taglist. */
  public List<String> selected(String key) {
    Object value = values.get(key);
    List<String> selected = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> selected.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> selected.add(String.valueOf(e)));
    } else if (value instanceof String s && !s.isBlank()) {
      selected.add(s);
    }
    return selected;
  }

  public String field(String key) {
    return prefix + key;
  }

  private static Map<String, Object> toMap(SpinJsonNode node) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    if (node.isObject()) {
      for (String name : node.fieldNames()) {
        SpinJsonNode child = node.prop(name);
        if (child.isNull()) {
          map.put(name, null);
        } else if (child.isString()) {
          map.put(name, child.stringValue());
        } else if (child.isNumber()) {
          map.put(name, child.numberValue());
        } else if (child.isBoolean()) {
          map.put(name, child.boolValue());
        } else {
          map.put(name, child);
        }
      }
    }
    return map;
  }
}
