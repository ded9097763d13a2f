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

  static DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target) {
    return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
        new Class<?>[] {type}, new Handler(target));
  }

  private record Handler(Object target) implements InvocationHandler {
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
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
        STATEMENTS.increment();
      }
      if (result instanceof CallableStatement s) {
        return proxy(CallableStatement.class, s);
      }
      if (result instanceof PreparedStatement s) {
        return proxy(PreparedStatement.class, s);
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

  private CountingDataSource() {}
}
