package id.sinergi.datarequest;

import id.sinergi.kernel.error.ConflictException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "An import of this request is running": a row in datarequest_import_lock, inserted and
 * deleted in transactions of their own, so the claim holds across nodes and is visible at once.
 * Whoever fails to insert it gets a 409; nothing of the two files is ever mixed.
 */
@Component
class ImportLock {

  /** Longer than any import may run (its read bound is 60 s per pass): then it is stale. */
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;

  ImportLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Claims the request for one import, or refuses with 409 while another one runs. */
  void acquire(long requestId, String userId, OffsetDateTime now) {
    own.executeWithoutResult(tx -> jdbc.update("delete from datarequest_import_lock where "
        + "request_id = ? and started_at < ?", requestId, now.minus(STALE_AFTER)));
    try {
      own.executeWithoutResult(tx -> jdbc.update("insert into datarequest_import_lock "
          + "(request_id, user_id, started_at) values (?, ?, ?)", requestId, userId, now));
    } catch (DataIntegrityViolationException running) {
      throw new ConflictException("Berkas lain untuk permintaan data ini sedang diproses. Tunggu "
          + "hingga selesai, periksa hasilnya, lalu unggah lagi bila perlu.");
    }
  }

  void release(long requestId) {
    own.executeWithoutResult(tx -> jdbc.update("delete from datarequest_import_lock where "
        + "request_id = ?", requestId));
  }
}
