package id.sinergi.kernel.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises "the database is not reachable" anywhere in a cause chain (Spring, Hibernate,
 * MyBatis inside Camunda, the JDBC driver): such a request is answered 503 with a reason, not
 * 500, and the service recovers by itself once the database is back (Hikari opens new
 * connections; nothing is cached across the outage).
 */
public final class DatabaseOutage {

  public static final String MESSAGE = "Basis data sedang tidak dapat dihubungi. Permintaan ini "
      + "tidak disimpan; coba lagi dalam beberapa detik.";
  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER = 5;

  private DatabaseOutage() {}

  public static boolean isCause(Throwable thrown) {
    int depth = 0;
    for (Throwable c = thrown; c != null && depth < 20; c = c.getCause() == c ? null
        : c.getCause(), depth++) {
      if (c instanceof SQLTransientConnectionException
          || c instanceof SQLNonTransientConnectionException || c instanceof ConnectException
          || c instanceof CannotCreateTransactionException
          || c instanceof DataAccessResourceFailureException
          || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
      if (c instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      // The connection died under the transaction, so even its rollback failed; the exception
      // that started the rollback is then only logged by Spring.
      if (c instanceof SQLException sql && sql.getMessage() != null
          && sql.getMessage().contains("Connection is closed")) {
        return true;
      }
      if (c instanceof TransactionSystemException tx && tx.getApplicationException() != null
          && isCause(tx.getApplicationException())) {
        return true;
      }
    }
    return false;
  }
}
