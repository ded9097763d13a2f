package id.sinergi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmarks' PostgreSQL databases (host from SINERGI_TEST_PG_HOST, names from
 * SINERGI_BENCH_PG_DATABASE or each benchmark's own prefix), created, vacuumed and dropped by the
 * benchmark itself, and the median their figures are printed as.
 */
public final class BenchDatabase {

  /** The database name prefix: SINERGI_BENCH_PG_DATABASE, else the benchmark's own. */
  public static String prefix(String fallback) {
    String value = System.getenv("SINERGI_BENCH_PG_DATABASE");
    return value == null || value.isBlank() ? fallback : value;
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + PostgresTestDatabase.HOST + "/" + database;
  }

  public static void sql(String database, String statement) {
    try (Connection c = DriverManager.getConnection(url(database), PostgresTestDatabase.USER, "");
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (Exception e) {
      throw new IllegalStateException(statement + ": " + e, e);
    }
  }

  public static void recreate(String database) {
    drop(database);
    sql("postgres", "create database " + database);
  }

  public static void drop(String database) {
    sql("postgres", "drop database if exists " + database + " with (force)");
  }

  public static void vacuum(String database) {
    sql(database, "vacuum analyze");
  }

  /** The median; NaN for no values. */
  public static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private BenchDatabase() {}
}
