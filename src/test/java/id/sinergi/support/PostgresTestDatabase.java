package id.sinergi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL every machine runs on 127.0.0.1:5432 (trust auth). The test database is
 * dropped and created once per test run, so every run starts from an empty schema: Flyway and
 * Camunda both have to create theirs from nothing, as on a new installation.
 */
public final class PostgresTestDatabase {

  public static final String HOST = env("SINERGI_TEST_PG_HOST", "127.0.0.1:5432");
  public static final String USER = env("SINERGI_TEST_PG_USER", "postgres");
  public static final String DATABASE = env("SINERGI_TEST_PG_DATABASE", "sinergi_test");

  private static boolean created;

  private PostgresTestDatabase() {}

  /** Used by {@link SinergiPostgresTest}: a fresh database, then the context points at it. */
  public static class Initializer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      ensureCreated();
      TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=" + USER,
          "spring.datasource.password=").applyTo(context);
    }
  }

  public static synchronized void ensureCreated() {
    if (!created) {
      recreate();
      created = true;
    }
  }

  public static String url() {
    return "jdbc:postgresql://" + HOST + "/" + DATABASE;
  }

  private static void recreate() {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE + " with (force)");
      s.execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL 15 must run on " + HOST + " with trust auth for "
          + USER + " (bash .ci/run starts it): " + e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
