package id.sinergi.config;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the postgres profile, a missing or non-PostgreSQL DB_URL would silently fall back to an
 * embedded database or fail deep inside the driver; stop before any bean is created instead.
 */
@Component
public class DatabaseSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank()) {
      throw new InvalidDatabaseSettingsException("DB_URL is not set.");
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new InvalidDatabaseSettingsException(
          "DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database), not '"
              + url + "'.");
    }
  }

  /** Reported by {@link StartupFailureAnalyzer} as one clear message. */
  public static class InvalidDatabaseSettingsException extends IllegalStateException {
    public InvalidDatabaseSettingsException(String message) {
      super(message);
    }
  }
}
