package id.sinergi.escalation.bench;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The bare comparison of the HTTP benchmarks: the Camunda 7.24 Spring Boot starter with engine
 * REST and nothing of Sinergi (no component scan, none of Sinergi's configuration files, no
 * webapps, no Flyway/JPA), started in the benchmark's JVM on a database of its own. Camunda's
 * own {@code ProcessEngineAuthenticationFilter} with HTTP Basic guards {@code /engine-rest/*}, as
 * the Camunda documentation sets engine REST up; authorization stays off (Camunda's default).
 * The engine is named {@code bare} so that it does not take Sinergi's place as the JVM's default
 * engine: requests go to {@code /engine-rest/engine/bare/...}. Not a {@code @Configuration}:
 * Sinergi's component scan (which covers this package on the test classpath) must not pick it
 * up with its auto-configuration exclusions; as the application's source it still configures.
 */
@EnableAutoConfiguration(exclude = {CamundaBpmWebappAutoConfiguration.class,
    FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
    JpaRepositoriesAutoConfiguration.class, MailSenderAutoConfiguration.class})
public class BareEngineRestApp {

  static final String ENGINE = "bare";
  static final String REST = "/engine-rest/engine/" + ENGINE;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** Starts the bare engine with engine REST on a random port, history full, job executor off. */
  static ConfigurableApplicationContext start(String jdbcUrl) {
    return new SpringApplicationBuilder(BareEngineRestApp.class)
        .initializers(HttpBench::countStatements).run(
        // none of Sinergi's application*.yaml
        "--spring.config.name=bare-engine-bench",
        "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
        "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=10",
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + ENGINE,
        "--camunda.bpm.generate-unique-process-engine-name=false",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.auto-deployment-enabled=false",
        "--camunda.bpm.database.schema-update=true",
        "--camunda.bpm.history-level=full",
        // Sinergi's user ids have dots (loteng.ekonomi): the same id pattern as Sinergi's
        "--camunda.bpm.generic-properties.properties.general-resource-whitelist-pattern="
            + "[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*",
        "--management.endpoints.enabled-by-default=false",
        "--springdoc.api-docs.enabled=false",
        "--logging.level.root=warn");
  }
}
