package id.sinergi.datarequest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governor's "no duplicated programmes between OPDs": a business (by NIK) that receives the
 * same kind of help from two or more OPDs of the Pemda, in this case or an earlier one.
 */
@Service
public class DuplicateDetector {

  /** One flagged business: same NIK, same kind of help, several OPDs. */
  public record Duplicate(String nik, String name, HelpKind helpKind, List<String> opdCodes) {}

  private final JdbcTemplate jdbc;

  public DuplicateDetector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Recomputes the case's flags; safe to run again (unique per case, actor and kind of help). */
  @Transactional
  public List<Duplicate> detect(long caseId, String pemdaCode, OffsetDateTime now) {
    record Key(long actorId, String helpKind) implements Comparable<Key> {
      public int compareTo(Key o) {
        int byActor = Long.compare(actorId, o.actorId);
        return byActor != 0 ? byActor : helpKind.compareTo(o.helpKind);
      }
    }
    Map<Key, TreeSet<String>> opds = new TreeMap<>();
    jdbc.query("select e.actor_id, e.help_kind, e.opd_code from datarequest_actor_entry e "
        + "where e.pemda_code = ? and e.help_kind <> 'TIDAK_ADA' and exists (select 1 from "
        + "datarequest_actor_entry c join datarequest_request r on r.id = c.request_id "
        + "where r.case_id = ? and c.actor_id = e.actor_id and c.help_kind = e.help_kind)",
        rs -> {
          opds.computeIfAbsent(new Key(rs.getLong(1), rs.getString(2)), k -> new TreeSet<>())
              .add(rs.getString(3));
        }, pemdaCode, caseId);
    jdbc.update("delete from datarequest_duplicate where case_id = ?", caseId);
    List<Object[]> rows = new ArrayList<>();
    opds.forEach((key, codes) -> {
      if (codes.size() > 1) {
        rows.add(new Object[] {caseId, key.actorId(), key.helpKind(), String.join(",", codes),
            now});
      }
    });
    jdbc.batchUpdate("insert into datarequest_duplicate (case_id, actor_id, help_kind, "
        + "opd_codes, detected_at) values (?, ?, ?, ?, ?)", rows);
    return flagged(caseId);
  }

  @Transactional(readOnly = true)
  public List<Duplicate> flagged(long caseId) {
    return jdbc.query("select a.nik, a.name, d.help_kind, d.opd_codes from datarequest_duplicate d "
        + "join datarequest_actor a on a.id = d.actor_id where d.case_id = ? "
        + "order by a.nik, d.help_kind",
        (rs, i) -> new Duplicate(rs.getString(1), rs.getString(2),
            HelpKind.valueOf(rs.getString(3)), List.of(rs.getString(4).split(","))), caseId);
  }
}
