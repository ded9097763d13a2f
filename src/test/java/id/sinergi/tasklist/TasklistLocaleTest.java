package id.sinergi.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Indonesian Tasklist locale (our {@code locales/id.json}) against the English one
 * shipped in the Camunda webjar, and that our Tasklist {@code config.js} makes Indonesian the
 * default. Plain JUnit, no Spring context.
 */
class TasklistLocaleTest {

    private static final String TASKLIST = "/META-INF/resources/webjars/camunda/app/tasklist/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z/][^>]*>");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode en;
    private static JsonNode id;

    @BeforeAll
    static void loadLocales() throws IOException {
        en = MAPPER.readTree(read(TASKLIST + "locales/en.json"));
        id = MAPPER.readTree(read(TASKLIST + "locales/id.json"));
    }

    @Test
    void englishReferenceIsTheRealWebjarLocale() {
        // guards against comparing with an empty or wrong file, which would make the other tests vacuous
        assertThat(en.path("labels").size()).isGreaterThan(300);
        assertThat(en.path("labels").path("CLAIM_TASK").asText()).isEqualTo("Claim");
    }

    @Test
    void everyEnglishLabelIsTranslated() {
        JsonNode idLabels = id.path("labels");
        assertThat(idLabels.isObject()).as("id.json has a labels object").isTrue();

        List<String> missing = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(en.path("labels"))) {
            String key = entry.getKey();
            JsonNode translated = idLabels.get(key);
            if (translated == null || !translated.isTextual()) {
                missing.add(key);
            } else if (translated.asText().isBlank() && !entry.getValue().asText().isBlank()) {
                // only labels that are empty in English too (NO_TASK_FORM) may stay empty
                blank.add(key);
            }
        }
        assertThat(missing).as("labels missing in id.json").isEmpty();
        assertThat(blank).as("labels left blank in id.json").isEmpty();
    }

    @Test
    void placeholdersAndHtmlAreKept() {
        JsonNode idLabels = id.path("labels");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(en.path("labels"))) {
            String english = entry.getValue().asText();
            String indonesian = idLabels.path(entry.getKey()).asText("");
            if (!tokens(PLACEHOLDER, english).equals(tokens(PLACEHOLDER, indonesian))) {
                problems.add(entry.getKey() + ": placeholders " + tokens(PLACEHOLDER, english)
                        + " vs " + tokens(PLACEHOLDER, indonesian));
            }
            if (!tokens(HTML_TAG, english).equals(tokens(HTML_TAG, indonesian))) {
                problems.add(entry.getKey() + ": HTML " + tokens(HTML_TAG, english)
                        + " vs " + tokens(HTML_TAG, indonesian));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void dateLocalesAreIndonesian() {
        JsonNode dates = id.path("dateLocales");
        assertThat(texts(dates.path("months"))).containsExactly(
                "Januari", "Februari", "Maret", "April", "Mei", "Juni",
                "Juli", "Agustus", "September", "Oktober", "November", "Desember");
        assertThat(texts(dates.path("monthsShort"))).hasSize(12).contains("Mei", "Agt", "Okt", "Des");
        assertThat(texts(dates.path("weekdays"))).containsExactly(
                "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu");
        assertThat(texts(dates.path("weekdaysShort"))).hasSize(7).startsWith("Min");
        assertThat(texts(dates.path("weekdaysMin"))).hasSize(7).startsWith("Mg");
        assertThat(dates.path("longDateFormat").path("LT").asText()).isEqualTo("HH.mm");
        assertThat(dates.path("calendar").path("sameDay").asText()).contains("Hari ini");
        assertThat(dates.path("relativeTime").path("past").asText()).isEqualTo("%s yang lalu");

        // same structure as the English dateLocales (we may add keys such as LTS, never drop one)
        assertThat(paths(dates, "")).containsAll(paths(en.path("dateLocales"), ""));
    }

    @Test
    void configMakesIndonesianTheDefault() throws IOException {
        String config = stripComments(readOurs(TASKLIST + "scripts/config.js"));

        Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(config);
        assertThat(available.find()).as("availableLocales in config.js").isTrue();
        assertThat(quoted(available.group(1))).containsExactly("id", "en");

        Matcher fallback = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(config);
        assertThat(fallback.find()).as("fallbackLocale in config.js").isTrue();
        assertThat(fallback.group(1)).isEqualTo("id");

        Matcher scripts = Pattern.compile("customScripts\\s*:\\s*\\[([^\\]]*)]").matcher(config);
        assertThat(scripts.find()).as("customScripts in config.js").isTrue();
        assertThat(quoted(scripts.group(1))).contains("scripts/sinergi-locale/locale");
        assertThat(TasklistLocaleTest.class.getResource(TASKLIST + "scripts/sinergi-locale/locale.js"))
                .as("language switch script on the classpath").isNotNull();
    }

    // --- helpers ---

    private static String read(String path) throws IOException {
        try (InputStream in = TasklistLocaleTest.class.getResourceAsStream(path)) {
            assertThat(in).as("classpath resource " + path).isNotNull();
            return stripBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** config.js exists in the webjar too; take the copy from our own build output, not from a jar. */
    private static String readOurs(String path) throws IOException {
        List<URL> ours = new ArrayList<>();
        for (URL url : Collections.list(TasklistLocaleTest.class.getClassLoader()
                .getResources(path.substring(1)))) {
            if (!"jar".equals(url.getProtocol())) {
                ours.add(url);
            }
        }
        assertThat(ours).as("our own " + path + " on the classpath").hasSize(1);
        try (InputStream in = ours.get(0).openStream()) {
            return stripBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String stripComments(String js) {
        return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static List<String> quoted(String list) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("['\"]([^'\"]*)['\"]").matcher(list);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static Set<String> tokens(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> result = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : fields(node)) {
            String path = prefix + entry.getKey();
            result.add(path);
            if (entry.getValue().isObject()) {
                result.addAll(paths(entry.getValue(), path + "."));
            }
        }
        return result;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            result.add(it.next());
        }
        return result;
    }
}
