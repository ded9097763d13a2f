package id.sinergi.datarequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;

/** What a Pemda's OPD can be asked for in step 1 of a cooperation. */
public enum DataKind {
  PROGRAM("program dukungan"),
  MENTOR("pendamping usaha"),
  TRAINING("pelatihan"),
  BUSINESS_ACTOR("pelaku usaha");

  private final String label;

  DataKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Reads the {@code dataKinds} variable however a caller passes it: "PROGRAM,MENTOR", a Java
   * list or a Spin JSON array.
   *
   * @throws IllegalArgumentException naming the unknown kind
   */
  public static List<DataKind> parse(Object value) {
    List<String> names = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> names.add(e.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> names.add(String.valueOf(e)));
    } else if (value != null) {
      for (String part : value.toString().split("[,;|\\s]+")) {
        names.add(part);
      }
    }
    Set<DataKind> kinds = new LinkedHashSet<>();
    for (String name : names) {
      String trimmed = name.trim().toUpperCase(Locale.ROOT);
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        kinds.add(valueOf(trimmed));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Jenis data '" + name.trim() + "' tidak dikenal; "
            + "pilih dari PROGRAM, MENTOR, TRAINING, BUSINESS_ACTOR.");
      }
    }
    return List.copyOf(kinds);
  }

  public static String join(Collection<DataKind> kinds) {
    return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** "program dukungan, pendamping usaha dan pelaku usaha". */
  public static String labels(Collection<DataKind> kinds) {
    List<String> labels = kinds.stream().map(DataKind::label).toList();
    if (labels.size() <= 1) {
      return String.join("", labels);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " dan "
        + labels.get(labels.size() - 1);
  }
}
