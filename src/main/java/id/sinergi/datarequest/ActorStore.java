package id.sinergi.datarequest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Business actors merged by NIK, written with JDBC batches: an import of 100,000 rows would take
 * minutes through JPA's one-entity-at-a-time inserts. Callers provide the transaction.
 */
@Repository
public class ActorStore {

  private final JdbcTemplate jdbc;

  public ActorStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void deleteEntriesOf(long requestId) {
    jdbc.update("delete from datarequest_actor_entry where request_id = ?", requestId);
  }

  /**
   * Merges the actors by NIK (new NIKs inserted, known ones updated with the latest non-empty
   * values) and records that the request listed them, once per kind of help.
   */
  public void merge(OpdRequest request, List<ActorRecord> actors, OffsetDateTime now) {
    merge(request, actors, now, true);
  }

  /**
   * @param mayExist whether the request may already list some of these actors (form entries
   *     added to an upload); a file import deletes the request's entries first and passes false,
   *     sparing a delete per row
   */
  public void merge(OpdRequest request, List<ActorRecord> actors, OffsetDateTime now,
      boolean mayExist) {
    if (actors.isEmpty()) {
      return;
    }
    Map<String, Long> ids = idsByNik(actors.stream().map(ActorRecord::nik).toList());
    List<ActorRecord> fresh = new ArrayList<>();
    List<ActorRecord> known = new ArrayList<>();
    for (ActorRecord actor : actors) {
      (ids.containsKey(actor.nik()) ? known : fresh).add(actor);
    }
    insertActors(fresh, now);
    updateActors(known, now);
    if (!fresh.isEmpty()) {
      ids.putAll(idsByNik(fresh.stream().map(ActorRecord::nik).toList()));
    }
    insertEntries(request, actors, ids, mayExist);
  }

  private Map<String, Long> idsByNik(List<String> niks) {
    Map<String, Long> ids = new HashMap<>();
    String marks = String.join(",", Collections.nCopies(niks.size(), "?"));
    jdbc.query("select id, nik from datarequest_actor where nik in (" + marks + ")",
        rs -> {
          ids.put(rs.getString(2), rs.getLong(1));
        }, niks.toArray());
    return ids;
  }

  private void insertActors(List<ActorRecord> actors, OffsetDateTime now) {
    jdbc.batchUpdate("insert into datarequest_actor (nik, name, nib, sector, kecamatan, desa, "
        + "scale, phone, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", actors, 1000,
        (ps, a) -> {
          ps.setString(1, a.nik());
          ps.setString(2, a.name());
          ps.setString(3, a.nib());
          ps.setString(4, a.sector());
          ps.setString(5, a.kecamatan());
          ps.setString(6, a.desa());
          ps.setString(7, a.scale().name());
          ps.setString(8, a.phone());
          ps.setObject(9, now);
        });
  }

  private void updateActors(List<ActorRecord> actors, OffsetDateTime now) {
    jdbc.batchUpdate("update datarequest_actor set name = ?, nib = coalesce(?, nib), "
        + "sector = ?, kecamatan = ?, desa = ?, scale = ?, phone = coalesce(?, phone), "
        + "updated_at = ? where nik = ?", actors, 1000,
        (ps, a) -> {
          ps.setString(1, a.name());
          ps.setString(2, a.nib());
          ps.setString(3, a.sector());
          ps.setString(4, a.kecamatan());
          ps.setString(5, a.desa());
          ps.setString(6, a.scale().name());
          ps.setString(7, a.phone());
          ps.setObject(8, now);
          ps.setString(9, a.nik());
        });
  }

  private void insertEntries(OpdRequest request, List<ActorRecord> actors, Map<String, Long> ids,
      boolean mayExist) {
    record Entry(ActorRecord actor, HelpKind help) {}
    List<Entry> entries = new ArrayList<>();
    for (ActorRecord actor : actors) {
      if (actor.helpKinds().isEmpty()) {
        entries.add(new Entry(actor, HelpKind.TIDAK_ADA));
      } else {
        actor.helpKinds().forEach(help -> entries.add(new Entry(actor, help)));
      }
    }
    // Entries already there (the form adds to an earlier upload) are replaced by the new ones.
    if (mayExist) {
      jdbc.batchUpdate("delete from datarequest_actor_entry where request_id = ? and actor_id = ?",
        actors, 1000, (ps, a) -> {
          ps.setLong(1, request.getId());
          ps.setLong(2, ids.get(a.nik()));
        });
    }
    jdbc.batchUpdate("insert into datarequest_actor_entry (request_id, actor_id, pemda_code, "
        + "opd_code, help_kind, programme, help_since, row_no) values (?, ?, ?, ?, ?, ?, ?, ?)",
        entries, 1000, (ps, e) -> {
          ps.setLong(1, request.getId());
          ps.setLong(2, ids.get(e.actor().nik()));
          ps.setString(3, request.getPemdaCode());
          ps.setString(4, request.getOpdCode());
          ps.setString(5, e.help().name());
          ps.setString(6, e.actor().programme());
          setDate(ps, 7, e.actor().helpSince());
          ps.setInt(8, e.actor().rowNumber());
        });
  }

  private static void setDate(PreparedStatement ps, int index, java.time.LocalDate date)
      throws SQLException {
    if (date == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setDate(index, Date.valueOf(date));
    }
  }

  public int countActorsOf(long requestId) {
    Integer count = jdbc.queryForObject("select count(distinct actor_id) from "
        + "datarequest_actor_entry where request_id = ?", Integer.class, requestId);
    return count == null ? 0 : count;
  }

  public int countActorsOfCase(long caseId) {
    Integer count = jdbc.queryForObject("select count(distinct e.actor_id) from "
        + "datarequest_actor_entry e join datarequest_request r on r.id = e.request_id "
        + "where r.case_id = ?", Integer.class, caseId);
    return count == null ? 0 : count;
  }

  /** One actor as an OPD listed it, for the package and the review. */
  public record ListedActor(String nik, String name, String nib, String sector, String kecamatan,
      String desa, String scale, String phone, String opdCode, String helpKind, String programme,
      java.time.LocalDate helpSince) {}

  public List<ListedActor> actorsOfCase(long caseId, int offset, int limit) {
    return jdbc.query("select a.nik, a.name, a.nib, a.sector, a.kecamatan, a.desa, a.scale, "
        + "a.phone, e.opd_code, e.help_kind, e.programme, e.help_since from "
        + "datarequest_actor_entry e join datarequest_actor a on a.id = e.actor_id "
        + "join datarequest_request r on r.id = e.request_id where r.case_id = ? "
        + "order by a.nik, e.opd_code, e.help_kind offset ? rows fetch next ? rows only",
        (rs, i) -> new ListedActor(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getString(10), rs.getString(11),
            rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate()),
        caseId, offset, limit);
  }
}
