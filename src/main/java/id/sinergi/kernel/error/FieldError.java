package id.sinergi.kernel.error;

/**
 * One broken rule of one input field: the only field-error type of Sinergi, for form
 * submissions, REST bodies and imports alike.
 *
 * @param field the key as submitted, e.g. {@code programs[2].budget} or {@code baris 3.nik}
 * @param label what the user saw, e.g. "Program baris 3 — Anggaran (Rp)"; null when unknown
 * @param reason why, in Indonesian
 */
public record FieldError(String field, String label, String reason) {

  public FieldError(String field, String reason) {
    this(field, null, reason);
  }

  public FieldError withLabel(String newLabel) {
    return new FieldError(field, newLabel, reason);
  }

  /** "Kolom 'Anggaran (Rp)': tidak boleh negatif" — the label the user saw, else the key. */
  public String describe() {
    return "Kolom '" + (label == null || label.isBlank() ? field : label) + "': " + reason;
  }
}
