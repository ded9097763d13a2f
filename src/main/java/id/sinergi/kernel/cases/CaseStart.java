package id.sinergi.kernel.cases;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.caller.Caller;
import java.util.Map;

/**
 * A process instance about to start, as its {@link CasePolicy} sees it.
 *
 * @param processKey the process definition's key
 * @param caller who starts it ({@link Caller#SYSTEM} for Sinergi itself and the job executor)
 * @param values the start values: a start form's fields or the variables of a start call.
 *     User input: a policy checks every value it uses against the caller.
 * @param parent the calling case for a call activity, else null
 */
@Published
public record CaseStart(String processKey, Caller caller, Map<String, Object> values,
    CaseFile parent) {

  public boolean called() {
    return parent != null;
  }

  public String text(String key) {
    Object value = values.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
