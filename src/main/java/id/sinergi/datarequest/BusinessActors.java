package id.sinergi.datarequest;

import id.sinergi.kernel.Published;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business actors OPDs of one Pemda sent through data requests, for other capabilities
 * (incubation recruits candidates from them). It does not check the caller: the capability
 * asking decides who may read which Pemda.
 */
@Service
@Published
public class BusinessActors {

  /**
   * Every given criterion must hold; null or empty means "any".
   *
   * @param sector the OPD's sector text: digits match KBLI codes by prefix ("10" = food
   *     manufacturing), words match anywhere, ignoring case ("dagang")
   * @param kecamatan exact, ignoring case
   * @param niks only these businesses
   */
  public record Filter(String sector, String kecamatan, Collection<String> niks) {

    public static Filter none() {
      return new Filter(null, null, null);
    }
  }

  /** One kind of help an OPD said the business received (never TIDAK_ADA). */
  public record Help(String opdCode, HelpKind kind, String programme, LocalDate since) {}

  public record Actor(String nik, String name, String nib, String sector, String kecamatan,
      String desa, BusinessScale scale, String phone, List<Help> helps) {}

  private final JdbcTemplate jdbc;

  public BusinessActors(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Up to {@code limit} actors listed by the Pemda's OPDs, by NIK. */
  @Transactional(readOnly = true)
  public List<Actor> ofPemda(String pemdaCode, Filter filter, int limit) {
    StringBuilder sql = new StringBuilder("select a.id from datarequest_actor a where exists ("
        + "select 1 from datarequest_actor_entry e where e.actor_id = a.id and e.pemda_code = ?)");
    List<Object> args = new ArrayList<>(List.of(pemdaCode));
    String sector = blankToNull(filter.sector());
    if (sector != null) {
      boolean kbli = sector.matches("\\d+");
      sql.append(" and lower(a.sector) like ?");
      args.add((kbli ? "" : "%") + sector.toLowerCase(Locale.ROOT) + "%");
    }
    String kecamatan = blankToNull(filter.kecamatan());
    if (kecamatan != null) {
      sql.append(" and lower(a.kecamatan) = ?");
      args.add(kecamatan.toLowerCase(Locale.ROOT));
    }
    if (filter.niks() != null && !filter.niks().isEmpty()) {
      List<String> niks = filter.niks().stream().map(BusinessActors::blankToNull)
          .filter(n -> n != null).distinct().toList();
      sql.append(" and a.nik in (").append(String.join(",", Collections.nCopies(
          Math.max(1, niks.size()), "?"))).append(")");
      args.addAll(niks.isEmpty() ? List.of("") : niks);
    }
    sql.append(" order by a.nik fetch first ? rows only");
    args.add(limit);
    List<Long> ids = jdbc.queryForList(sql.toString(), Long.class, args.toArray());
    return ids.isEmpty() ? List.of() : load(pemdaCode, ids);
  }

  private List<Actor> load(String pemdaCode, List<Long> ids) {
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    List<Object> args = new ArrayList<>(List.of(pemdaCode));
    args.addAll(ids);
    Map<String, Actor> actors = new LinkedHashMap<>();
    jdbc.query("select a.nik, a.name, a.nib, a.sector, a.kecamatan, a.desa, a.scale, a.phone, "
        + "e.opd_code, e.help_kind, e.programme, e.help_since from datarequest_actor a "
        + "join datarequest_actor_entry e on e.actor_id = a.id and e.pemda_code = ? "
        + "where a.id in (" + marks + ") order by a.nik, e.opd_code, e.help_kind", rs -> {
          Actor actor = actors.computeIfAbsent(rs.getString(1), nik -> {
            try {
              return new Actor(nik, rs.getString(2), rs.getString(3), rs.getString(4),
                  rs.getString(5), rs.getString(6), scale(rs.getString(7)), rs.getString(8),
                  new ArrayList<>());
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
          HelpKind kind = HelpKind.valueOf(rs.getString(10));
          if (kind != HelpKind.TIDAK_ADA) {
            actor.helps().add(new Help(rs.getString(9), kind, rs.getString(11),
                rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate()));
          }
        }, args.toArray());
    return actors.values().stream().map(a -> new Actor(a.nik(), a.name(), a.nib(), a.sector(),
        a.kecamatan(), a.desa(), a.scale(), a.phone(), List.copyOf(a.helps()))).toList();
  }

  private static BusinessScale scale(String value) {
    return value == null ? null : BusinessScale.valueOf(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
