package id.sinergi.incubation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The codes a candidate's business profile is described with (forms, imports, DMN inputs). */
public final class BusinessProfile {

  private BusinessProfile() {}

  /** Sector: processed food, crafts, fashion/textiles, agriculture and fisheries, services. */
  public enum Sector {
    PANGAN_OLAHAN("Pangan olahan"),
    KERAJINAN("Kerajinan"),
    FESYEN("Fesyen dan tenun"),
    AGRO("Pertanian, peternakan, perikanan"),
    JASA("Jasa dan perdagangan");

    public final String label;

    Sector(String label) {
      this.label = label;
    }
  }

  /** Scale by annual sales (PP 7/2021); ultra-micro is the lowest layer of micro. */
  public enum Scale {
    ULTRA_MIKRO("Ultra mikro"),
    MIKRO("Mikro"),
    KECIL("Kecil"),
    MENENGAH("Menengah");

    public final String label;

    Scale(String label) {
      this.label = label;
    }
  }

  /** The main need the business states. */
  public enum Need {
    PRODUKSI("Proses dan mutu produksi"),
    KEMASAN("Kemasan"),
    PERIZINAN("Perizinan dan standardisasi"),
    PEMASARAN("Pemasaran dan akses pasar digital"),
    PEMBIAYAAN("Akses pembiayaan");

    public final String label;

    Need(String label) {
      this.label = label;
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    String normalised = value.trim().toUpperCase().replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalised)) {
        return constant;
      }
    }
    return null;
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
