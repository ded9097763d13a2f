package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cockpit and Admin in Indonesian: our id.json holds every label of the webjar's English locale
 * (the most visible ones translated), config.js makes Indonesian the default and the Camunda 8
 * migration banner is hidden. Plain JUnit.
 */
class CockpitAdminLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void indonesianIsCompleteTheDefaultAndTheBannerHidden(String app) throws IOException {
    String base = "/META-INF/resources/webjars/camunda/app/" + app + "/";
    JsonNode en = JSON.readTree(read(base + "locales/en.json").replace("\uFEFF", ""));
    JsonNode id = JSON.readTree(read(base + "locales/id.json"));
    assertThat(en.path("labels").size()).as("the webjar's English locale").isGreaterThan(500);

    List<String> missing = new ArrayList<>();
    en.path("labels").fieldNames().forEachRemaining(k -> {
      if (!id.path("labels").has(k)) {
        missing.add(k);
      }
    });
    assertThat(missing).as("labels missing in id.json").isEmpty();
    assertThat(id.path("labels").path("DASHBOARD_DASHBOARD").asText()).isEqualTo("Dasbor");
    assertThat(id.path("labels").path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
    assertThat(id.path("dateLocales").path("longDateFormat").path("L").asText())
        .isEqualTo("DD/MM/YYYY");

    String config = read(base + "scripts/config.js");
    assertThat(config).contains("availableLocales: ['id', 'en']")
        .contains("'scripts/sinergi-locale/locale'");
    assertThat(read(base + "scripts/sinergi-locale/locale.js"))
        .contains("module('cam." + app + "')").contains("$translateProvider.preferredLanguage(lang)");
    assertThat(read(base + "styles/user-styles.css")).contains(".ce-eol-banner")
        .contains("display: none");
  }

  private static String read(String path) throws IOException {
    try (InputStream in = CockpitAdminLocaleTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
