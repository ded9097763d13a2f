package id.sinergi.kernel.access;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's Basic authentication for the engine REST API, without its whitelist: the stock
 * filter lets {@code GET /engine-rest/engine} through unauthenticated, and Sinergi promises that
 * every REST endpoint but health needs credentials.
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
