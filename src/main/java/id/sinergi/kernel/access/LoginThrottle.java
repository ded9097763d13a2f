package id.sinergi.kernel.access;

import id.sinergi.kernel.error.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down the client that sends wrong passwords, never the account: after
 * {@code freeFailures} failed logins from one address, that address waits (doubling up to
 * {@code maxDelay}) before it may try again and gets 429 until then. Camunda's own account lock
 * is switched off (login-max-attempts), because a stranger who knows a user name could otherwise
 * keep the real user locked out. Applies to HTTP Basic on /engine-rest and /api and to the
 * webapps' login form.
 */
public class LoginThrottle extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int MAX_TRACKED = 10_000;

  private final int freeFailures;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private final Clock clock;
  private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

  private static final class Failures {
    int count;
    Instant last;
    Instant blockedUntil = Instant.MIN;
  }

  public LoginThrottle(int freeFailures, Duration maxDelay, Duration forgetAfter, Clock clock) {
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
    this.forgetAfter = forgetAfter;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    Instant now = clock.instant();
    Failures failures = byClient.get(client);
    if (failures != null && failures.blockedUntil.isAfter(now)) {
      long wait = Math.max(1, Duration.between(now, failures.blockedUntil).toSeconds());
      response.setHeader("Retry-After", String.valueOf(wait));
      ErrorBodies.write(response, 429, "too_many_attempts", "Terlalu banyak percobaan masuk "
          + "yang gagal dari alamat Anda. Coba lagi dalam " + wait + " detik.");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failed(client, now);
    } else if (response.getStatus() < 400 && failures != null) {
      byClient.remove(client);
    }
  }

  private void failed(String client, Instant now) {
    if (byClient.size() >= MAX_TRACKED) {
      byClient.values().removeIf(f -> f.last.plus(forgetAfter).isBefore(now));
    }
    Failures failures = byClient.computeIfAbsent(client, c -> new Failures());
    synchronized (failures) {
      if (failures.last != null && failures.last.plus(forgetAfter).isBefore(now)) {
        failures.count = 0;
      }
      failures.count++;
      failures.last = now;
      int over = failures.count - freeFailures;
      if (over > 0) {
        long seconds = Math.min(maxDelay.toSeconds(), 1L << Math.min(over, 20));
        failures.blockedUntil = now.plusSeconds(seconds);
        LOG.warn("Login failed {} times from {}; next attempt in {} s", failures.count, client,
            seconds);
      }
    }
  }

  private static boolean isLoginAttempt(HttpServletRequest request) {
    return request.getHeader("Authorization") != null
        || ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/"));
  }
}
