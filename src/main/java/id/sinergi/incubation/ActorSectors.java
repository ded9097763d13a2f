package id.sinergi.incubation;

import id.sinergi.incubation.BusinessProfile.Sector;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the sector an OPD wrote for a business actor (a 5-digit KBLI code or words) to the
 * incubation's sectors; null when it cannot tell, so the incubator chooses rather than a guess.
 */
final class ActorSectors {

  /** KBLI 2020 two-digit divisions. */
  private static final Map<Sector, List<Integer>> KBLI = Map.of(
      Sector.AGRO, List.of(1, 2, 3),
      Sector.PANGAN_OLAHAN, List.of(10, 11, 12, 56),
      Sector.FESYEN, List.of(13, 14, 15),
      Sector.KERAJINAN, List.of(16, 17, 22, 23, 25, 31, 32),
      Sector.JASA, List.of(45, 46, 47, 49, 52, 55, 58, 62, 63, 68, 69, 70, 73, 74, 77, 79, 81,
          82, 85, 86, 88, 90, 93, 95, 96));

  private static final Map<Sector, List<String>> WORDS = Map.of(
      Sector.PANGAN_OLAHAN, List.of("pangan", "makan", "minum", "kuliner", "olahan", "kue",
          "roti", "kopi", "dodol", "abon", "kerupuk", "madu"),
      Sector.FESYEN, List.of("fesyen", "fashion", "tenun", "konveksi", "busana", "pakaian",
          "batik", "jahit", "tekstil"),
      Sector.KERAJINAN, List.of("kerajinan", "anyam", "ukir", "gerabah", "mebel", "kriya"),
      Sector.AGRO, List.of("tani", "ternak", "ikan", "perikanan", "kebun", "agro", "nelayan",
          "budidaya"),
      Sector.JASA, List.of("dagang", "jasa", "toko", "warung", "bengkel", "salon", "laundry",
          "angkut", "wisata"));

  private ActorSectors() {}

  static Sector of(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.trim();
    if (text.matches("\\d{2,5}")) {
      int division = Integer.parseInt(text.substring(0, 2));
      return KBLI.entrySet().stream().filter(e -> e.getValue().contains(division))
          .map(Map.Entry::getKey).findFirst().orElse(null);
    }
    Sector named = BusinessProfile.parse(Sector.class, text);
    if (named != null) {
      return named;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    // Food before trade: "perdagangan makanan" is still a food business for the curriculum.
    for (Sector sector : List.of(Sector.PANGAN_OLAHAN, Sector.FESYEN, Sector.KERAJINAN,
        Sector.AGRO, Sector.JASA)) {
      if (WORDS.get(sector).stream().anyMatch(lower::contains)) {
        return sector;
      }
    }
    return null;
  }
}
