package id.sinergi.kernel.access;

import id.sinergi.kernel.error.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page of an engine query (engine REST and the webapps' APIs) holds at most
 * {@code sinergi.query-max-results} rows: a larger {@code maxResults} is refused with 400, a
 * query without one gets the limit. Camunda's own {@code queryMaxResultsLimit} would also refuse
 * the unpaged lists the webapps themselves ask for, so the limit is applied here, where users'
 * requests enter.
 */
public class QueryLimitFilter extends OncePerRequestFilter {

  static final String PARAMETER = "maxResults";

  private final int limit;

  public QueryLimitFilter(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String asked = request.getParameter(PARAMETER);
    if (asked == null) {
      chain.doFilter(new Limited(request, String.valueOf(limit)), response);
      return;
    }
    long value;
    try {
      value = Long.parseLong(asked.trim());
    } catch (NumberFormatException e) {
      ErrorBodies.write(response, 400, "invalid_input",
          "Parameter maxResults harus bilangan bulat antara 0 dan " + limit + ".");
      return;
    }
    if (value < 0 || value > limit) {
      ErrorBodies.write(response, 400, "invalid_input", "Parameter maxResults paling banyak "
          + limit + " baris per halaman; gunakan firstResult untuk halaman berikutnya.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The request with maxResults added. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final String limit;

    Limited(HttpServletRequest request, String limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public String getParameter(String name) {
      return PARAMETER.equals(name) ? limit : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map = new HashMap<>(super.getParameterMap());
      map.put(PARAMETER, new String[] {limit});
      return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return PARAMETER.equals(name) ? new String[] {limit} : super.getParameterValues(name);
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      return (query == null || query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + limit;
    }
  }
}
