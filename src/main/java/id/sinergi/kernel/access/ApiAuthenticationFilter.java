package id.sinergi.kernel.access;

import id.sinergi.kernel.caller.Callers;

import id.sinergi.kernel.error.ErrorBodies;
import id.sinergi.kernel.error.RefusalLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the app's own REST API (/api) against Camunda's identity: HTTP Basic for
 * systems and scripts, or the Camunda webapp session for plugins running inside Tasklist or
 * Cockpit (then a state-changing request must carry the session's CSRF token, as the webapps'
 * own API requires). The caller is set as the engine's current authentication, so engine
 * queries made while serving the request are authorization-checked.
 */
@Component
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
  private final String requiredGroup;
  private final Set<String> publicPaths;

  @Autowired
  public ApiAuthenticationFilter(ProcessEngine engine) {
    this(engine, null, Set.of());
  }

  /**
   * The same authentication for another surface: only members of {@code requiredGroup} pass
   * (others get 403; null lets every authenticated user pass), and requests for
   * {@code publicPaths} (exact paths and everything below them) pass without credentials.
   */
  public ApiAuthenticationFilter(ProcessEngine engine, String requiredGroup,
      Set<String> publicPaths) {
    this.engine = engine;
    this.requiredGroup = requiredGroup;
    this.publicPaths = Set.copyOf(publicPaths);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return publicPaths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    IdentityService identity = engine.getIdentityService();
    String userId = authenticatedUser(request);
    if (userId == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Sinergi\"");
      ErrorBodies.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
          "Autentikasi diperlukan: kirim nama pengguna dan kata sandi Sinergi (HTTP Basic).");
      return;
    }
    if (userId.isEmpty()) {
      ErrorBodies.write(response, HttpServletResponse.SC_FORBIDDEN, "csrf",
          "Token CSRF tidak ada atau salah; muat ulang halaman lalu coba lagi.");
      return;
    }
    List<String> groups = groupsOf(userId);
    if (requiredGroup != null && !groups.contains(requiredGroup)) {
      ErrorBodies.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
          "Hanya anggota kelompok '" + requiredGroup + "' yang dapat membuka alamat ini.");
      return;
    }
    try {
      identity.setAuthentication(userId, groups, tenantsOf(userId));
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
      RefusalLog.clear();
    }
  }

  /** The user id, null when nobody is authenticated, "" when a session request lacks CSRF. */
  private String authenticatedUser(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null) {
      AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
      return result.isAuthenticated() ? result.getAuthenticatedUser() : null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (user == null || user == Authentication.ANONYMOUS) {
      return null;
    }
    if (!isSafe(request.getMethod()) && !validCsrfToken(request, session)) {
      return "";
    }
    return user.getIdentityId();
  }

  private static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static boolean validCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && Objects.equals(expected.toString(), sent);
  }

  private List<String> groupsOf(String userId) {
    return Callers.groupsOf(engine.getIdentityService(), userId);
  }

  private List<String> tenantsOf(String userId) {
    return Callers.tenantsOf(engine.getIdentityService(), userId);
  }
}
