package id.sinergi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.organisation.AdministratorBootstrap.MissingAdministratorException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** An installer's first mistakes end in one explanation, not in a stack trace. */
class StartupFailureAnalyzerTest {

  private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

  @Test
  void explainsAnUnreachableDatabaseWithTheDriversOwnWords() {
    var failure = new BeanCreationException("flywayInitializer", "Unable to obtain connection",
        new RuntimeException("wrapped", new SQLException(
            "Connection to 127.0.0.1:5999 refused. Check that the hostname and port are correct",
            "08001", new java.net.ConnectException("Connection refused"))));
    var analysis = analyzer.analyze(failure);
    assertThat(analysis.getDescription())
        .isEqualTo("Sinergi cannot use its database: Connection to 127.0.0.1:5999 refused."
            + " Check that the hostname and port are correct");
    assertThat(analysis.getAction()).contains("DB_URL", "DB_USER", "DB_PASSWORD");
  }

  @Test
  void explainsAMissingFirstAdministrator() {
    var analysis = analyzer.analyze(new BeanCreationException("processEngine", "failed",
        new MissingAdministratorException()));
    assertThat(analysis.getDescription()).contains("no administrator");
    assertThat(analysis.getAction()).contains("SINERGI_ADMIN_USER", "SINERGI_ADMIN_PASSWORD");
  }

  @Test
  void leavesOtherFailuresToSpringBoot() {
    assertThat(analyzer.analyze(new IllegalArgumentException("something else"))).isNull();
  }

  @Test
  void refusesAPostgresProfileWithoutAPostgresUrl() {
    var check = new DatabaseSettingsCheck();
    var environment = new MockEnvironment().withProperty("spring.datasource.url", "");
    environment.setActiveProfiles("postgres");
    check.setEnvironment(environment);
    assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
        .hasMessage("DB_URL is not set.");
    environment.setProperty("spring.datasource.url", "jdbc:h2:mem:x");
    assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
        .hasMessageContaining("must be a PostgreSQL JDBC URL");
    assertThat(analyzer.analyze(new BeanCreationException("x", "y",
        new DatabaseSettingsCheck.InvalidDatabaseSettingsException("DB_URL is not set.")))
        .getDescription()).contains("DB_URL is not set.");
    environment.setProperty("spring.datasource.url", "jdbc:postgresql://db:5432/sinergi");
    check.postProcessBeanFactory(new DefaultListableBeanFactory());
  }
}
