package id.sinergi.document;

import id.sinergi.kernel.Published;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Documents a user task asks for, declared in the BPMN as the extension property
 * {@code sinergi.documents} (comma-separated kinds in UPPER_SNAKE_CASE), so an administrator
 * changes them in Modeler without touching Java.
 */
@Published
public final class DocumentKinds {

  public static final String PROPERTY = "sinergi.documents";
  /** Documents a task accepts but does not require (e.g. the proof of a SIKP check). */
  public static final String OPTIONAL_PROPERTY = "sinergi.optionalDocuments";

  private DocumentKinds() {}

  public static List<String> parse(String property) {
    if (property == null || property.isBlank()) {
      return List.of();
    }
    return Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
  }

  /** "DOKUMEN_KESEPAKATAN_PEMDA" reads "Dokumen kesepakatan pemda" in Tasklist. */
  public static String label(String kind) {
    String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
