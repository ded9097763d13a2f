package id.sinergi.kernel.error;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Tasklist, Cockpit and Admin call the engine through the webapps' own copy of the engine REST
 * API ({@code /camunda/api/engine}, servlet "Engine Api" of Camunda's webapp starter), which has
 * only Camunda's exception mappers: a task two people complete at the same moment, or claim,
 * answered 500 with the engine's English text there. This gives that servlet the same reading as
 * {@code /engine-rest} ({@link EngineRestRefusals}): 409/404 with the reason in Indonesian, 503
 * when the database is away.
 */
@Component
class WebappEngineApiRefusals implements ServletContextInitializer {

  /** The servlet's name in Camunda's webapp starter (CamundaBpmWebappInitializer). */
  static final String SERVLET = "Engine Api";
  private static final String PROVIDERS = "jersey.config.server.provider.classnames";
  private static final List<Class<?>> MAPPERS = List.of(EngineRestRefusals.RestExceptions.class,
      EngineRestRefusals.EngineExceptions.class, EngineRestRefusals.RuntimeExceptions.class,
      EngineRestRefusals.UnreadableJson.class, EngineRestRefusals.UnmappableJson.class);

  private final String applicationPath;

  WebappEngineApiRefusals(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    this.applicationPath = applicationPath;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    ServletRegistration engineApi = servletContext.getServletRegistration(SERVLET);
    if (engineApi == null) {
      // Registered here as Camunda's starter does (it leaves a servlet of that name alone).
      engineApi = servletContext.addServlet(SERVLET, ServletContainer.class);
      engineApi.addMapping(applicationPath + "/api/engine/*");
      engineApi.setInitParameter("jakarta.ws.rs.Application",
          EngineRestApplication.class.getName());
    }
    engineApi.setInitParameter(PROVIDERS,
        MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}
