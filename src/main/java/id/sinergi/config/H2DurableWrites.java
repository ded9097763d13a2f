package id.sinergi.config;

import id.sinergi.kernel.error.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the embedded H2 file database a 2xx means stored, as on PostgreSQL. H2's MVStore writes
 * committed transactions to its file from a background thread up to WRITE_DELAY (500 ms) later,
 * so a process killed in between loses what the API had already acknowledged (and WRITE_DELAY=0
 * stops that thread altogether). Here every request that may write (not GET/HEAD/OPTIONS) is
 * answered only after {@code CHECKPOINT SYNC} has written the store and forced it to disk: the
 * answer is held back (buffered) until then. Off for PostgreSQL and in-memory H2.
 */
@Configuration(proxyBeanMethods = false)
public class H2DurableWrites {

  private static final Logger LOG = LoggerFactory.getLogger(H2DurableWrites.class);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> h2DurableWritesFilter(DataSource dataSource,
      @Value("${sinergi.h2.checkpoint-per-write:true}") boolean enabled) {
    boolean h2File = enabled && isH2File(dataSource);
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(
        new CheckpointBeforeAnswer(dataSource));
    registration.setName("sinergi-h2-durable-writes");
    registration.setEnabled(h2File);
    // Outermost but the security headers: every other filter's writes are inside.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    if (h2File) {
      LOG.info("Embedded H2 file database: each write request is answered after CHECKPOINT SYNC");
    }
    return registration;
  }

  static boolean isH2File(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    } catch (SQLException e) {
      return false; // DatabaseSettingsCheck explains an unreachable database
    }
  }

  static final class CheckpointBeforeAnswer extends OncePerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final DataSource dataSource;

    CheckpointBeforeAnswer(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, held);
      } finally {
        try (Connection connection = dataSource.getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
          LOG.error("CHECKPOINT SYNC failed; the answer is an error", e);
          held.resetBuffer();
          ErrorBodies.write(held, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable",
              "Basis data tidak dapat menyimpan saat ini; perubahan belum tentu tersimpan. Coba "
              + "lagi sebentar lagi.");
        }
        held.copyBodyToResponse();
      }
    }
  }
}
