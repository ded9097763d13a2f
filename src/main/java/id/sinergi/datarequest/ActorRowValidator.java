package id.sinergi.datarequest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks and normalises one business-actor row, whatever it came from (CSV, XLSX, the form or an
 * OPD's system): every problem of the row is reported, not just the first.
 */
public final class ActorRowValidator {

  private static final Pattern PHONE_NOISE = Pattern.compile("[\\s().-]");
  private static final Pattern PHONE = Pattern.compile(
      "(?:\\+62|62|0)([2-9]\\d{7,11})|(8\\d{8,11})");
  private static final Pattern KBLI = Pattern.compile("\\d{5}");
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  private ActorRowValidator() {}

  /** @return the normalised actor, or null when the row has errors (given to {@code errors}) */
  public static ActorRecord validate(int row, Map<ActorColumn, String> values,
      Consumer<ImportError> errors) {
    Check check = new Check(row, values, errors);
    String name = check.text(ActorColumn.NAME, 200);
    String nik = check.nik();
    String nib = check.digits(ActorColumn.NIB, 13, "NIB harus 13 angka");
    String sector = check.sector();
    String kecamatan = check.text(ActorColumn.KECAMATAN, 100);
    String desa = check.text(ActorColumn.DESA, 100);
    BusinessScale scale = check.scale();
    String phone = check.phone();
    Set<HelpKind> help = check.helpKinds();
    String programme = check.text(ActorColumn.PROGRAMME, 300);
    LocalDate since = check.date(ActorColumn.HELP_SINCE);
    if (check.failed) {
      return null;
    }
    return new ActorRecord(row, name, nik, nib, sector, kecamatan, desa, scale, phone, help,
        programme, since);
  }

  /** Normalises "0812-3456-7890", "+62 812 3456 7890" and "62812…" to "+62812…". */
  public static String normalisePhone(String raw) {
    var matcher = PHONE.matcher(PHONE_NOISE.matcher(raw).replaceAll(""));
    if (!matcher.matches()) {
      return null;
    }
    // A mobile number typed into a number cell loses its leading 0: 81234567890.
    return "+62" + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }

  private static final class Check {
    private final int row;
    private final Map<ActorColumn, String> values;
    private final Consumer<ImportError> errors;
    private boolean failed;

    Check(int row, Map<ActorColumn, String> values, Consumer<ImportError> errors) {
      this.row = row;
      this.values = values;
      this.errors = errors;
    }

    String raw(ActorColumn column) {
      String value = values.get(column);
      return value == null ? "" : value.strip();
    }

    void fail(ActorColumn column, String reason) {
      failed = true;
      errors.accept(new ImportError(row, column.header(), raw(column), reason));
    }

    boolean missing(ActorColumn column) {
      if (!raw(column).isEmpty()) {
        return false;
      }
      if (column.required()) {
        fail(column, "wajib diisi");
      }
      return true;
    }

    String text(ActorColumn column, int max) {
      if (missing(column)) {
        return null;
      }
      String value = raw(column).replaceAll("\\s+", " ");
      if (value.length() > max) {
        fail(column, "terlalu panjang: maksimal " + max + " karakter (terisi " + value.length()
            + ")");
      }
      return value;
    }

    String nik() {
      if (missing(ActorColumn.NIK)) {
        return null;
      }
      String nik = raw(ActorColumn.NIK).replaceAll("[\\s.'-]", "");
      String problem = Nik.problem(nik);
      if (problem != null) {
        fail(ActorColumn.NIK, problem);
      }
      return nik;
    }

    String digits(ActorColumn column, int length, String reason) {
      if (missing(column)) {
        return null;
      }
      String digits = raw(column).replaceAll("[\\s.'-]", "");
      if (!digits.matches("\\d{" + length + "}")) {
        fail(column, reason);
      }
      return digits;
    }

    String sector() {
      String value = text(ActorColumn.SECTOR, 200);
      if (value == null || KBLI.matcher(value).matches()) {
        return value;
      }
      if (value.matches("\\d+")) {
        fail(ActorColumn.SECTOR, "kode KBLI harus 5 angka");
      } else if (value.chars().filter(Character::isLetter).count() < 3) {
        fail(ActorColumn.SECTOR, "isi kode KBLI 5 angka atau nama sektor (minimal 3 huruf)");
      }
      return value;
    }

    BusinessScale scale() {
      if (missing(ActorColumn.SCALE)) {
        return null;
      }
      String name = raw(ActorColumn.SCALE).toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      try {
        return BusinessScale.valueOf(name);
      } catch (IllegalArgumentException e) {
        fail(ActorColumn.SCALE, "skala harus ULTRA_MIKRO, MIKRO, KECIL atau MENENGAH");
        return null;
      }
    }

    String phone() {
      if (missing(ActorColumn.PHONE)) {
        return null;
      }
      String phone = normalisePhone(raw(ActorColumn.PHONE));
      if (phone == null) {
        fail(ActorColumn.PHONE, "bukan nomor telepon Indonesia (contoh 081234567890 atau "
            + "+6281234567890)");
      }
      return phone;
    }

    Set<HelpKind> helpKinds() {
      Set<HelpKind> kinds = EnumSet.noneOf(HelpKind.class);
      if (missing(ActorColumn.HELP_KIND)) {
        return kinds;
      }
      for (String part : raw(ActorColumn.HELP_KIND).split("[,;|/]")) {
        String name = part.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (name.isEmpty()) {
          continue;
        }
        try {
          HelpKind kind = HelpKind.valueOf(name);
          if (kind != HelpKind.TIDAK_ADA) {
            kinds.add(kind);
          }
        } catch (IllegalArgumentException e) {
          fail(ActorColumn.HELP_KIND, "jenis bantuan '" + part.strip() + "' tidak dikenal; "
              + "pilih HIBAH, SUBSIDI_BUNGA, PEMBIAYAAN, PELATIHAN, PENDAMPINGAN atau INKUBASI");
        }
      }
      return kinds;
    }

    LocalDate date(ActorColumn column) {
      if (missing(column)) {
        return null;
      }
      String value = raw(column);
      for (DateTimeFormatter format : DATES) {
        try {
          return LocalDate.parse(value, format);
        } catch (DateTimeParseException next) {
          // try the next format
        }
      }
      fail(column, "tanggal tidak valid; tulis 2026-01-31, 31/01/2026 atau 31-01-2026");
      return null;
    }
  }
}
