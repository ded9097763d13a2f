package id.sinergi.datarequest;

import id.sinergi.kernel.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * NIK, Indonesia's 16-digit population number: region (province 2, kabupaten/kota 2,
 * kecamatan 2), birth date DDMMYY with 40 added to the day for women, serial (4).
 */
@Published
public final class Nik {

  /** Kemendagri province codes, the new Papua provinces included. */
  private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17",
      "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63",
      "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95",
      "96");

  private Nik() {}

  /** @return null when valid, otherwise why not, in Indonesian */
  public static String problem(String nik) {
    if (nik == null || nik.isBlank()) {
      return "NIK wajib diisi";
    }
    if (!nik.matches("\\d{16}")) {
      return "NIK harus 16 angka (terbaca " + nik.length() + " karakter"
          + (nik.matches("\\d+") ? "" : ", ada karakter bukan angka") + ")";
    }
    if (!PROVINCES.contains(nik.substring(0, 2))) {
      return "2 angka pertama NIK (" + nik.substring(0, 2) + ") bukan kode provinsi";
    }
    if (nik.startsWith("00", 2) || nik.startsWith("00", 4)) {
      return "kode kabupaten/kota atau kecamatan pada NIK tidak boleh 00";
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int year = Integer.parseInt(nik.substring(10, 12));
    if (day > 40) {
      day -= 40;
    }
    if (!validDate(day, month, 1900 + year) && !validDate(day, month, 2000 + year)) {
      return "tanggal lahir pada NIK (" + nik.substring(6, 12)
          + ", DDMMYY; perempuan: tanggal + 40) tidak valid";
    }
    if (nik.endsWith("0000")) {
      return "nomor urut NIK (4 angka terakhir) tidak boleh 0000";
    }
    return null;
  }

  private static boolean validDate(int day, int month, int year) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
