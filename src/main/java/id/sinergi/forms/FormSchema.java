package id.sinergi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of one Camunda Form (form-js schema) that the server enforces again: which fields
 * exist, which are required, their ranges, lengths, patterns and options, and the fields of
 * dynamic lists and groups with a path.
 */
public record FormSchema(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime",
      "checkbox", "checklist", "radio", "select", "taglist");

  /**
   * One input, or a dynamic list / group with a path (then {@code children} holds its fields).
   * {@code hideWhen} holds the FEEL conditions (its own and its containers') under which the
   * form hides the field: a hidden field is not submitted, so its rules do not apply.
   * {@code neverRequired} marks disabled and read-only fields, which the form does not send.
   */
  public record Field(String key, String label, String type, String subtype, boolean required,
      Double min, Double max, Integer minLength, Integer maxLength, String pattern,
      String validationType, List<String> options, List<String> hideWhen, boolean neverRequired,
      boolean list, List<Field> children) {

    public boolean isContainer() {
      return children != null;
    }
  }

  public static FormSchema parse(byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      return new FormSchema(root.path("id").asText(null),
          fields(root.path("components"), List.of(), false));
    } catch (IOException e) {
      throw new UncheckedIOException("Form is not valid JSON", e);
    }
  }

  /**
   * The label a user saw for a submitted key, e.g. {@code programs[2].budget} → "Program
   * dukungan baris 3 — Anggaran (Rp)"; null for a key the form does not have.
   */
  public String labelOf(String key) {
    if (key == null) {
      return null;
    }
    List<Field> level = fields;
    StringBuilder label = new StringBuilder();
    for (String segment : key.split("\\.")) {
      String name = segment;
      Integer row = null;
      int bracket = segment.indexOf('[');
      if (bracket > 0 && segment.endsWith("]")) {
        name = segment.substring(0, bracket);
        try {
          row = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      String wanted = name;
      Field field = level == null ? null
          : level.stream().filter(f -> f.key().equals(wanted)).findFirst().orElse(null);
      if (field == null) {
        return null;
      }
      if (!label.isEmpty()) {
        label.append(" — ");
      }
      label.append(field.label());
      if (row != null) {
        label.append(" baris ").append(row + 1);
      }
      level = field.children();
    }
    return label.toString();
  }

  /** Top-level keys the form submits (a group without a path contributes its children). */
  public List<String> keys() {
    return fields.stream().map(Field::key).toList();
  }

  private static List<Field> fields(JsonNode components, List<String> parentHide,
      boolean parentNeverRequired) {
    List<Field> fields = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      List<String> hide = new ArrayList<>(parentHide);
      String own = component.path("conditional").path("hide").asText("");
      if (!own.isBlank()) {
        hide.add(own.startsWith("=") ? own.substring(1) : own);
      }
      boolean neverRequired = parentNeverRequired || component.path("disabled").asBoolean(false)
          || component.path("readonly").asBoolean(false);
      if ("group".equals(type) || "dynamiclist".equals(type)) {
        List<Field> children = fields(component.path("components"), List.of(), neverRequired);
        String path = component.path("path").asText("");
        if (path.isBlank()) {
          fields.addAll(fields(component.path("components"), hide, neverRequired));
        } else {
          fields.add(new Field(path, component.path("label").asText(path), type, null,
              false, null, null, null, null, null, null, List.of(), List.copyOf(hide),
              neverRequired, "dynamiclist".equals(type), children));
        }
      } else if (INPUTS.contains(type) && component.hasNonNull("key")) {
        fields.add(input(component, type, List.copyOf(hide), neverRequired));
      }
    }
    return fields;
  }

  private static Field input(JsonNode c, String type, List<String> hide, boolean neverRequired) {
    JsonNode v = c.path("validate");
    List<String> options = new ArrayList<>();
    // Options from valuesKey/valuesExpression are dynamic: only static values are enforced here.
    for (JsonNode option : c.path("values")) {
      options.add(option.path("value").asText());
    }
    String subtype = "datetime".equals(type) ? c.path("subtype").asText("date") : null;
    String key = c.path("key").asText();
    // form-js labels a date field with dateLabel, not label
    String label = c.path("datetime".equals(type) ? "dateLabel" : "label").asText("");
    if (label.isBlank()) {
      label = c.path("label").asText(key);
    }
    return new Field(key, label, type, subtype, v.path("required").asBoolean(false),
        number(v, "min"), number(v, "max"), integer(v, "minLength"), integer(v, "maxLength"),
        text(v, "pattern"), text(v, "validationType"), options, hide, neverRequired, false, null);
  }

  private static Double number(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.isNumber() ? value.asDouble() : Double.valueOf(value.asText());
  }

  private static Integer integer(JsonNode node, String name) {
    Double value = number(node, name);
    return value == null ? null : value.intValue();
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }
}
