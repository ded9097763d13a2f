package id.sinergi.config;

import id.sinergi.kernel.access.ApiAuthenticationFilter;
import id.sinergi.kernel.access.EngineRestAuthenticationFilter;
import id.sinergi.kernel.access.FilterReadScope;
import id.sinergi.kernel.access.LoginThrottle;
import id.sinergi.kernel.access.QueryLimitFilter;
import id.sinergi.kernel.access.SecurityHeaders;
import id.sinergi.kernel.caller.Groups;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters in front of Sinergi, in order: security headers, the closed first-run
 * setup, login throttling, authentication for the two REST surfaces, the filter read scope, the
 * query page limit. The webapps (/camunda) keep Camunda's own login, session and CSRF filters,
 * registered by the starter.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("sinergi-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(
      @Value("${sinergi.login.free-failures:5}") int freeFailures,
      @Value("${sinergi.login.max-delay:PT5M}") Duration maxDelay) {
    var registration = new FilterRegistrationBean<>(new LoginThrottle(freeFailures, maxDelay,
        Duration.ofMinutes(30), Clock.systemUTC()));
    registration.setName("sinergi-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/user/*",
        "/actuator/*", "/v3/api-docs/*", "/v3/api-docs", "/swagger-ui/*", "/swagger-ui.html");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<QueryLimitFilter> queryLimit(
      @Value("${sinergi.query-max-results:2000}") int limit) {
    var registration = new FilterRegistrationBean<>(new QueryLimitFilter(limit));
    registration.setName("sinergi-query-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /**
   * A granted READ on a Tasklist filter is checked once per request that reads the filter or
   * runs its query, not once per engine command of it (FilterReadScope).
   */
  @Bean
  FilterRegistrationBean<FilterReadScope> filterReadScope() {
    var registration = new FilterRegistrationBean<>(new FilterReadScope());
    registration.setName("sinergi-filter-read-scope");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<Filter>(new EngineRestAuthenticationFilter());
    registration.setName("sinergi-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName(),
        ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ApiAuthenticationFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("sinergi-api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Actuator endpoints (Prometheus metrics) are for administrators only, with the same HTTP Basic
   * or webapp session as the API; only health stays public for load balancers and Docker.
   */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> actuatorAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine,
        Groups.ADMIN, Set.of("/actuator/health")));
    registration.setName("sinergi-actuator-authentication");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The OpenAPI document and Swagger UI: for every authenticated user, never anonymous. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiDocumentationAuthentication(
      ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, null,
        Set.of()));
    registration.setName("sinergi-api-documentation-authentication");
    registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/swagger-ui/*",
        "/swagger-ui.html");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * The Admin webapp's first-run setup must never be reachable: Sinergi always has an
   * administrator before it answers, and this closes the endpoint even if one is deleted.
   */
  @Bean
  FilterRegistrationBean<Filter> adminSetupBlocker() {
    Filter blocker = (request, response, chain) -> {
      var http = (jakarta.servlet.http.HttpServletResponse) response;
      http.setStatus(403);
      http.setContentType("application/json;charset=UTF-8");
      http.getWriter().write("{\"error\":\"forbidden\",\"message\":"
          + "\"Penyiapan administrator lewat webapp dinonaktifkan di Sinergi.\"}");
    };
    var registration = new FilterRegistrationBean<>(blocker);
    registration.setName("sinergi-admin-setup-blocker");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
