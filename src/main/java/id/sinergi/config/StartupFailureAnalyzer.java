package id.sinergi.config;

import id.sinergi.organisation.AdministratorBootstrap.MissingAdministratorException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the two start-up failures an installer meets first — an unreachable or misconfigured
 * database and a missing first administrator — into one clear message instead of a long trace.
 */
public class StartupFailureAnalyzer extends AbstractFailureAnalyzer<Exception> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, Exception cause) {
    MissingAdministratorException admin = findCause(rootFailure, MissingAdministratorException.class);
    if (admin != null) {
      return new FailureAnalysis(
          "Sinergi has no administrator and SINERGI_ADMIN_USER / SINERGI_ADMIN_PASSWORD are not set.",
          "Set SINERGI_ADMIN_USER and SINERGI_ADMIN_PASSWORD for the first start (or run with the"
              + " demo profile for a trial).", rootFailure);
    }
    var settings = findCause(rootFailure, DatabaseSettingsCheck.InvalidDatabaseSettingsException.class);
    if (settings != null) {
      return new FailureAnalysis("Sinergi's database settings are incomplete: " + settings.getMessage(),
          "With SPRING_PROFILES_ACTIVE=postgres set DB_URL (jdbc:postgresql://host:5432/database),"
              + " DB_USER and DB_PASSWORD.", rootFailure);
    }
    SQLException sql = findCause(rootFailure, SQLException.class);
    if (sql != null || findCause(rootFailure, ConnectException.class) != null
        || findCause(rootFailure, UnknownHostException.class) != null) {
      String reason = sql != null && sql.getMessage() != null
          ? sql.getMessage().lines().findFirst().orElse(sql.getMessage()) : deepestMessage(rootFailure);
      return new FailureAnalysis(
          "Sinergi cannot use its database: " + reason,
          "Check DB_URL (jdbc:postgresql://host:5432/database), DB_USER and DB_PASSWORD, and that"
              + " the database server is running and reachable.", rootFailure);
    }
    return null;
  }

  private static String deepestMessage(Throwable failure) {
    String message = failure.getMessage();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return message == null ? failure.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
