package id.sinergi.kernel.cases;

import id.sinergi.kernel.Published;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable Sinergi itself writes, with its type: a routing flag a gateway reads or the
 * one reference a process carries. Declared once per process (e.g. {@code CooperationVariables}),
 * read and written only through this, so no code spells a variable's name or casts its value.
 * Whose a case is never travels in one: that is the {@link CaseFile}'s.
 */
@Published
public final class CaseVariable<T> {

  private final String name;
  private final Class<T> type;

  private CaseVariable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static CaseVariable<Boolean> flag(String name) {
    return new CaseVariable<>(name, Boolean.class);
  }

  public static CaseVariable<String> text(String name) {
    return new CaseVariable<>(name, String.class);
  }

  public static CaseVariable<Long> id(String name) {
    return new CaseVariable<>(name, Long.class);
  }

  public static CaseVariable<Integer> number(String name) {
    return new CaseVariable<>(name, Integer.class);
  }

  public String name() {
    return name;
  }

  /** The value visible from the scope, or null when it is not set. */
  public T get(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value, which must be set: a missing one is a bug in the model or in Sinergi. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Variable '" + name + "' is not set in " + scope);
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  private T convert(Object value) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof Number number) {
      if (type == Long.class) {
        return type.cast(number.longValue());
      }
      if (type == Integer.class) {
        return type.cast(number.intValue());
      }
    }
    if (type == String.class) {
      return type.cast(value.toString());
    }
    throw new IllegalStateException("Variable '" + name + "' holds " + value.getClass()
        .getSimpleName() + ", not " + type.getSimpleName());
  }

  @Override
  public String toString() {
    return name;
  }
}
