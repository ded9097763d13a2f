package id.sinergi.datarequest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The columns of a business-actor list (pelaku usaha), in template order. The header a person
 * sees is Indonesian; the key is what an OPD's system sends through REST and the form.
 */
public enum ActorColumn {
  NAME("nama", "Nama pelaku usaha", true, "teks, maksimal 200 karakter", "Siti Aminah"),
  NIK("nik", "NIK", true,
      "16 angka: kode wilayah (6, diawali kode provinsi), tanggal lahir DDMMYY (tanggal + 40 "
          + "untuk perempuan), nomor urut (4). Format sel sebagai teks agar angka tidak berubah",
      "5204015107850003"),
  NIB("nib", "NIB", false, "13 angka (Nomor Induk Berusaha), boleh kosong", "9120001234567"),
  SECTOR("sektor", "Sektor usaha", true, "kode KBLI 5 angka atau nama sektor",
      "10792 atau Industri makanan ringan"),
  KECAMATAN("kecamatan", "Kecamatan", true, "nama kecamatan", "Moyo Hilir"),
  DESA("desa", "Desa/Kelurahan", true, "nama desa atau kelurahan", "Moyo"),
  SCALE("skala", "Skala usaha", true, "ULTRA_MIKRO, MIKRO, KECIL atau MENENGAH", "ULTRA_MIKRO"),
  PHONE("telepon", "Nomor telepon", false,
      "nomor Indonesia: 08…, 628… atau +628… (9–13 angka setelah kode negara), boleh kosong",
      "081234567890"),
  HELP_KIND("jenisBantuan", "Jenis bantuan yang diterima", false,
      "satu atau lebih dari: HIBAH, SUBSIDI_BUNGA, PEMBIAYAAN, PELATIHAN, PENDAMPINGAN, "
          + "INKUBASI (pisahkan dengan koma atau |); kosong bila belum menerima bantuan",
      "HIBAH"),
  PROGRAMME("program", "Program yang sedang diikuti", false,
      "nama program dari OPD ini, maksimal 300 karakter", "Bantuan alat usaha 2026"),
  HELP_SINCE("mulaiBantuan", "Mulai menerima bantuan", false,
      "tanggal: 2026-01-31, 31/01/2026 atau 31-01-2026 (sel tanggal Excel juga boleh)",
      "2026-01-31");

  private final String key;
  private final String header;
  private final boolean required;
  private final String format;
  private final String example;

  ActorColumn(String key, String header, boolean required, String format, String example) {
    this.key = key;
    this.header = header;
    this.required = required;
    this.format = format;
    this.example = example;
  }

  public String key() { return key; }
  public String header() { return header; }
  public boolean required() { return required; }
  public String format() { return format; }
  public String example() { return example; }

  /** A header cell as people type it: any case, extra spaces, a trailing "*", or the key. */
  public static ActorColumn fromHeader(String text) {
    String wanted = normalise(text);
    for (ActorColumn column : values()) {
      if (normalise(column.header).equals(wanted) || normalise(column.key).equals(wanted)) {
        return column;
      }
    }
    return switch (wanted) {
      case "nama", "namausaha", "namapemilik" -> NAME;
      case "desa", "kelurahan" -> DESA;
      case "skala", "skalausaha" -> SCALE;
      case "telepon", "hp", "nomorhp", "notelepon", "nohp" -> PHONE;
      case "sektor", "kbli" -> SECTOR;
      case "jenisbantuan" -> HELP_KIND;
      case "program", "programyangdiikuti" -> PROGRAMME;
      default -> null;
    };
  }

  private static String normalise(String text) {
    String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
