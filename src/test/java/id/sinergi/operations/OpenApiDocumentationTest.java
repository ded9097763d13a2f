package id.sinergi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document covers every {@code /api} operation the application maps (enumerated
 * from Spring MVC's own request mappings), describes the authentication and the Indonesian error
 * format, and is, like Swagger UI, refused without credentials.
 */
@SinergiSpringTest
class OpenApiDocumentationTest {

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void documentsEveryApiOperation() throws Exception {
    var response = Api.demo(port, "loteng.ekonomi").get().uri("/v3/api-docs").retrieve()
        .toEntity(String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode doc = new ObjectMapper().readTree(response.getBody());
    JsonNode paths = doc.path("paths");

    List<String> mapped = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        var methods = info.getMethodsCondition().getMethods();
        for (RequestMethod verb : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
          mapped.add(verb.name().toLowerCase(Locale.ROOT) + " " + pattern.replaceAll(
              "\\{([^}:]+):[^}]*}", "{$1}"));
        }
      }
    });
    assertThat(mapped).as("the app maps its API under /api").hasSizeGreaterThan(40);

    List<String> documented = new ArrayList<>();
    paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames()
        .forEachRemaining(verb -> documented.add(verb + " " + path)));
    assertThat(new TreeSet<>(documented)).containsAll(new TreeSet<>(mapped));
    assertThat(documented).allMatch(operation -> operation.contains(" /api/"));

    // Every operation names its refusals in the one error format.
    paths.forEach(path -> path.forEach(operation -> {
      for (String status : List.of("400", "401", "403", "404", "409")) {
        assertThat(operation.path("responses").has(status)).as(operation.path("operationId")
            + " " + status).isTrue();
      }
    }));
    JsonNode error = doc.path("components").path("schemas").path("Kesalahan");
    assertThat(error.path("properties").has("status")).isTrue();
    assertThat(error.path("properties").has("error")).isTrue();
    assertThat(error.path("properties").has("message")).isTrue();
    assertThat(error.path("properties").path("errors").path("items").path("$ref").asText())
        .isEqualTo("#/components/schemas/KesalahanKolom");
    assertThat(doc.path("components").path("schemas").path("KesalahanKolom").path("properties")
        .has("label")).isTrue();
    JsonNode schemes = doc.path("components").path("securitySchemes");
    assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
    assertThat(schemes.path("tokenXsrf").path("name").asText()).isEqualTo("X-XSRF-TOKEN");
    assertThat(schemes.path("sesiWebapp").path("in").asText()).isEqualTo("cookie");
    assertThat(doc.path("info").path("description").asText()).contains("HTTP Basic",
        "X-XSRF-TOKEN", "invalid_input");
  }

  @Test
  void documentationAndSwaggerUiNeedALogin() {
    assertThat(status(Api.anonymous(port), "/v3/api-docs")).isEqualTo(401);
    assertThat(status(Api.anonymous(port), "/swagger-ui/index.html")).isEqualTo(401);
    assertThat(status(Api.anonymous(port), "/swagger-ui.html")).isEqualTo(401);
    assertThat(status(Api.demo(port, "manajer"), "/swagger-ui/index.html")).isEqualTo(200);
  }

  private static int status(org.springframework.web.client.RestClient client, String path) {
    return client.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
  }
}
