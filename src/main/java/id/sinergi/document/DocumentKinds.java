package id.sinergi.document;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.engine.StepProperties;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Documents a user task asks for, declared in the BPMN as the extension property
 * {@code sinergi.documents} (comma-separated kinds in UPPER_SNAKE_CASE), so an administrator
 * changes them in Modeler without touching Java.
 */
@Published
public final class DocumentKinds {

  public static final String PROPERTY = StepProperties.DOCUMENTS;
  /** Documents a task accepts but does not require (e.g. the proof of a SIKP check). */
  public static final String OPTIONAL_PROPERTY = StepProperties.OPTIONAL_DOCUMENTS;

  private DocumentKinds() {}

  public static List<String> parse(String property) {
    if (property == null || property.isBlank()) {
      return List.of();
    }
    return Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
  }

  /** The kinds of Sinergi's own processes, as their readers write them. */
  private static final Map<String, String> LABELS = Map.of(
      "SURAT_PERMOHONAN", "Surat permohonan kerja sama",
      "DOKUMEN_KESEPAKATAN_PEMDA", "Dokumen Kesepakatan (Pemda)",
      "DOKUMEN_KESEPAKATAN_PIP", "Dokumen Kesepakatan (PIP)",
      "PKS_PEMDA", "PKS Pemda",
      "PKS_PIP", "PKS PIP",
      "PKS_PENYALUR", "PKS Penyalur");

  /** Words an administrator's new kind keeps in capitals (abbreviations and names). */
  private static final Set<String> ACRONYMS = Set.of("PKS", "PIP", "PEMDA", "OPD", "UMKM",
      "UMI", "NIB", "NIK", "SK", "BA", "PNM", "BLK", "PLUT");

  /**
   * "PKS_PEMDA" reads "PKS Pemda"; a kind added in Modeler reads as words, keeping
   * abbreviations: "BERITA_ACARA_PKS" reads "Berita acara PKS".
   */
  public static String label(String kind) {
    String known = LABELS.get(kind);
    if (known != null) {
      return known;
    }
    String[] words = kind.split("_");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      String shown = ACRONYMS.contains(word) ? (word.equals("PEMDA") ? "Pemda" : word)
          : word.toLowerCase(Locale.ROOT);
      if (text.length() == 0 && !ACRONYMS.contains(word)) {
        shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
      }
      text.append(text.length() == 0 ? "" : " ").append(shown);
    }
    return text.toString();
  }
}
