package id.sinergi.escalation.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A JDBC wrapper that counts the SQL statements sent through a data source: every execute call,
 * every statement added to a batch (Camunda flushes inserts/updates/deletes in batches on
 * PostgreSQL), nothing for the batch's executeBatch itself.
 */
final class CountingDataSource {

  static final LongAdder STATEMENTS = new LongAdder();
  /** While not null, the SQL text of every statement prepared (for a look at one request). */
  static volatile java.util.List<String> capture;
  /**
   * While not null, the time spent in each statement's execute call (the driver reads the whole
   * answer there), by the statement's kind ({@link #kind}): where a request's database time goes.
   */
  static volatile java.util.Map<String, LongAdder[]> timing;
  /**
   * While not null, how many statements of each kind ({@link #kind}) were sent, counted as
   * {@link #STATEMENTS} counts them: what a step's statements are.
   */
  static volatile java.util.Map<String, LongAdder> counts;

  static DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target) {
    return proxy(type, target, null);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, String kind) {
    return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
        new Class<?>[] {type}, new Handler(target, kind));
  }

  private record Handler(Object target, String kind) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(target)) {
        return target;
      }
      java.util.List<String> sql = capture;
      if (sql != null && name.startsWith("prepare") && args != null
          && args[0] instanceof String text) {
        sql.add(text.replaceAll("\\s+", " "));
      }
      java.util.Map<String, LongAdder[]> times = timing;
      boolean timed = times != null && kind != null && name.startsWith("execute");
      long began = timed ? System.nanoTime() : 0;
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (timed) {
        LongAdder[] entry = times.computeIfAbsent(kind,
            k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        entry[0].add(System.nanoTime() - began);
        entry[1].increment();
      }
      java.util.Map<String, LongAdder> counted = counts;
      String prepared = (times != null || counted != null) && name.startsWith("prepare")
          && args != null && args[0] instanceof String text ? CountingDataSource.kind(text) : null;
      if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
        STATEMENTS.increment();
        if (counted != null) {
          counted.computeIfAbsent(kind == null ? "(not prepared)" : kind, k -> new LongAdder())
              .increment();
        }
      }
      if (result instanceof CallableStatement s) {
        return proxy(CallableStatement.class, s, prepared);
      }
      if (result instanceof PreparedStatement s) {
        return proxy(PreparedStatement.class, s, prepared);
      }
      if (result instanceof Statement s) {
        return proxy(Statement.class, s);
      }
      if (result instanceof Connection c) {
        return proxy(Connection.class, c);
      }
      return result;
    }
  }

  /** A statement's kind: its first words and the first table it reads. */
  static String kind(String sql) {
    String text = sql.replaceAll("\\s+", " ").trim();
    if (text.startsWith("SELECT CASE WHEN EXISTS")) {
      return "single authorization check";
    }
    java.util.regex.Matcher from = java.util.regex.Pattern.compile("(?i)\\bfrom (\\w+)")
        .matcher(text);
    String table = from.find() ? from.group(1) : "";
    return (text.length() > 32 ? text.substring(0, 32) : text) + " .. " + table
        + (text.contains("ACT_RU_AUTHORIZATION") ? " (with authorization check)" : "");
  }

  private CountingDataSource() {}
}
