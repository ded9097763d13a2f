package id.sinergi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the app's API and every open task's submit-form, fed malformed JSON,
 * wrong types, missing and extra fields, huge strings, broken multipart bodies and hostile
 * files: every answer is a 4xx with a reason, never a 5xx, and the app's tables are unchanged.
 */
@SinergiSpringTest
class BadInputCorpusTest {

  /**
   * Refused uploads are recorded on purpose, with their error report: the uploader downloads it,
   * PIP reviews refused UMi uploads (issue 16). Nothing else may change.
   */
  private static final java.util.Set<String> REFUSAL_RECORDS = java.util.Set.of("umi_upload",
      "umi_upload_error", "datarequest_import", "datarequest_import_error");

  private static final String HUGE = "A".repeat(2 * 1024 * 1024);
  private static final Map<String, String> BODIES = new LinkedHashMap<>();

  static {
    BODIES.put("malformed", "{\"name\": ");
    BODIES.put("array", "[1, 2, 3]");
    BODIES.put("wrong types", "{\"date\": 5, \"name\": [], \"kind\": {}, \"nik\": true,"
        + " \"answer\": 1, \"variables\": \"x\", \"pemdaCode\": {\"a\": 1}}");
    BODIES.put("nulls", "{\"date\": null, \"name\": null, \"variables\": null}");
    BODIES.put("extra fields", "{\"zzz\": {\"deep\": [1, {\"x\": null}]}, \"id\": -1}");
    BODIES.put("huge string", "{\"name\": \"" + HUGE + "\", \"nik\": \"" + HUGE + "\"}");
    BODIES.put("number overflow", "{\"targetDebtors\": 1e400, \"amount\": 99999999999999999999999}");
    BODIES.put("bad unicode", "{\"name\": \"\\ud800\"}");
  }

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;

  @Test
  void everyApiWriteAndEverySubmitFormRefusesBadInputWith4xxAndChangesNothing() {
    Map<String, Long> before = rowCounts();
    List<String> serverErrors = new ArrayList<>();
    int requests = 0;
    List<String[]> endpoints = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      for (String pattern : info.getPatternValues()) {
        for (var verb : info.getMethodsCondition().getMethods()) {
          if (pattern.startsWith("/api/") && !verb.name().equals("GET")) {
            endpoints.add(new String[] {verb.name(), pattern.replaceAll("\\{[^}]+}", "1")});
          }
        }
      }
    });
    assertThat(endpoints).hasSizeGreaterThan(10);
    for (String user : List.of("admin", "sumbawa.disnaker")) {
      RestClient client = Api.demo(port, user);
      for (String[] endpoint : endpoints) {
        for (var body : BODIES.entrySet()) {
          requests++;
          check(serverErrors, endpoint[0] + " " + endpoint[1] + " [" + body.getKey() + "] as "
              + user, client.method(HttpMethod.valueOf(endpoint[0])).uri(endpoint[1])
                  .header("Content-Type", "application/json").body(body.getValue()).retrieve()
                  .toEntity(String.class));
        }
        for (var multipart : multipartBodies().entrySet()) {
          requests++;
          check(serverErrors, endpoint[0] + " " + endpoint[1] + " [" + multipart.getKey()
              + "] as " + user, client.method(HttpMethod.valueOf(endpoint[0])).uri(endpoint[1])
                  .header("Content-Type", "multipart/form-data; boundary=batas")
                  .body(multipart.getValue()).retrieve().toEntity(String.class));
        }
      }
    }
    RestClient admin = Api.demo(port, "admin");
    for (var task : tasks.createTaskQuery().active().list()) {
      String path = "/engine-rest/task/" + task.getId() + "/submit-form";
      for (String body : List.of("{\"variables\": ", "[]", "{\"variables\": \"x\"}",
          "{\"variables\": {\"answer\": {\"value\": \"abc\", \"type\": \"Integer\"}}}",
          "{\"variables\": {\"zzz\": {\"value\": \"" + HUGE + "\", \"type\": \"String\"}}}",
          "{\"variables\": {\"x\": {\"value\": \"rO0AB\", \"type\": \"Object\", \"valueInfo\":"
              + " {\"objectTypeName\": \"java.util.HashMap\", \"serializationDataFormat\":"
              + " \"application/x-java-serialized-object\"}}}}")) {
        requests++;
        check(serverErrors, "submit-form " + task.getTaskDefinitionKey() + " ["
            + body.substring(0, Math.min(40, body.length())) + "]", admin.post().uri(path)
                .header("Content-Type", "application/json").body(body).retrieve()
                .toEntity(String.class));
      }
    }
    for (String accept : List.of("text/html", "application/json", "*/*", "image/png")) {
      requests++;
      check(serverErrors, "GET /error Accept " + accept, Api.anonymous(port).get()
          .uri("/error").header("Accept", accept).retrieve().toEntity(String.class));
    }
    requests++;
    check(serverErrors, "POST /error", Api.anonymous(port).post().uri("/error?status=200")
        .header("Content-Type", "application/json").body("{").retrieve()
        .toEntity(String.class));
    System.out.printf("bad-input corpus: %d requests, %d server errors%n", requests,
        serverErrors.size());
    assertThat(serverErrors).as("5xx answers").isEmpty();
    assertThat(rowCounts()).as("app tables unchanged").isEqualTo(before);
  }

  private static Map<String, String> multipartBodies() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("broken multipart", "--batas\r\nContent-Disposition: form-data; name=\"file\"");
    bodies.put("no closing boundary", "--batas\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"a.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004");
    bodies.put("hostile file", "--batas\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"../../etc/passwd.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7"
        + "\r\n--batas\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n<script>\r\n"
        + "--batas--\r\n");
    return bodies;
  }

  private static void check(List<String> serverErrors, String what,
      ResponseEntity<String> answer) {
    int status = answer.getStatusCode().value();
    if (status >= 500 || (status >= 400 && (answer.getBody() == null
        || !answer.getBody().contains("message")))) {
      serverErrors.add(what + " -> " + status + " " + (answer.getBody() == null ? ""
          : answer.getBody().substring(0, Math.min(200, answer.getBody().length()))));
    }
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' and table_name not like "
        + "'ACT\\_%' escape '\\' and table_name not like 'flyway%'", String.class)) {
      if (REFUSAL_RECORDS.contains(table.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"",
          Long.class));
    }
    return counts;
  }
}
