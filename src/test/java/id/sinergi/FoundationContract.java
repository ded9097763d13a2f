package id.sinergi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.kernel.caller.Groups;
import id.sinergi.support.Api;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the foundation promises, checked against each database it runs on (H2 and PostgreSQL):
 * both schemas, the seeded registry and its groups, authentication on every REST surface,
 * Pemda scoping, and the closed first-run setup.
 */
abstract class FoundationContract {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @Test
  void createsCamundaAndFlywaySchemas() {
    List<String> versions = jdbc.queryForList(
        "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"
            + " order by \"installed_rank\"", String.class);
    assertThat(versions).contains("1", "2");
    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY where NAME_ = 'schema.version'",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isGreaterThan(80);
  }

  @Test
  void seedsTheElevenPemdaOfNtbWithTheirOpds() {
    List<String> pemda = jdbc.queryForList(
        "select code from org_unit where kind = 'PEMDA' order by code", String.class);
    assertThat(pemda).containsExactly("52", "52.01", "52.02", "52.03", "52.04", "52.05", "52.06",
        "52.07", "52.08", "52.71", "52.72");
    for (String code : pemda) {
      List<String> units = jdbc.queryForList(
          "select code from org_unit where pemda_code = ?", String.class, code);
      assertThat(units).as("units of %s", code).contains(code + "-setda", code + "-ekonomi",
          code + "-diskop", code + "-disnaker", code + "-bappeda");
    }
    assertThat(jdbc.queryForObject("select name from org_unit where code = '52.08-diskop'",
        String.class)).isEqualTo("Dinas Koperasi, UMKM, Perindustrian dan Perdagangan");
    assertThat(jdbc.queryForObject("select name from org_unit where code = '52.02-diskop'",
        String.class)).isEqualTo("Dinas Koperasi dan Usaha Mikro");
    assertThat(jdbc.queryForList("select code from org_unit where kind = 'PENYALUR'", String.class))
        .containsExactlyInAnyOrder("penyalur-pegadaian", "penyalur-pnm", "penyalur-bav");
    assertThat(jdbc.queryForList("select code from org_unit where kind = 'INCUBATOR'", String.class))
        .contains("stipark", "plut", "kubinov", "52.01-blk", "52.72-blk").hasSize(13);
    assertThat(jdbc.queryForObject("select parent_code from org_unit where code = 'pip-kerjasama'",
        String.class)).isEqualTo("pip");
  }

  @Test
  void derivesCamundaGroupsFromTheRegistry() {
    var identity = engine.getIdentityService();
    List<String> expected = jdbc.queryForList(
        "select staff_group_id from org_unit where staff_group_id is not null"
            + " union select group_id from org_position", String.class);
    assertThat(identity.createGroupQuery().groupIdIn(expected.toArray(String[]::new)).count())
        .isEqualTo(expected.size());
    assertThat(identity.createGroupQuery().groupIdIn("pemda-52.02-ekonomi", "pemda-52.02-sekda",
        "pip-kerjasama", "penyalur-pnm", "stipark", "plut", Groups.MANAGER, Groups.ADMIN).count())
        .isEqualTo(8);
    assertThat(identity.createGroupQuery().groupId("pemda-52.02-ekonomi").singleResult().getName())
        .isEqualTo("Staf Bagian Ekonomi Setda — Lombok Tengah");
  }

  @Test
  void anAdministratorExistsBeforeAnyoneCanUseTheWebapps() {
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Groups.ADMIN).count())
        .isPositive();
  }

  @Test
  void engineRestAnswers401WithoutCredentialsAnd200WithThem() {
    for (String path : List.of("/engine-rest/task/count", "/engine-rest/engine",
        "/engine-rest/process-definition")) {
      assertThat(Api.anonymous(port).get().uri(path).retrieve().toBodilessEntity().getStatusCode()
          .value()).as(path).isEqualTo(401);
      assertThat(Api.demo(port, "loteng.ekonomi").get().uri(path).retrieve().toBodilessEntity()
          .getStatusCode().value()).as(path).isEqualTo(200);
    }
  }

  @Test
  void appRestNeedsCredentialsAndScopesToTheCallersPemda() {
    var anonymous = Api.anonymous(port).get().uri("/api/pemda").retrieve().toEntity(JSON_OBJECT);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");

    var loteng = Api.demo(port, "loteng.ekonomi");
    assertThat(loteng.get().uri("/api/pemda").retrieve().toEntity(JSON_LIST).getBody()).hasSize(11);
    assertThat(loteng.get().uri("/api/pemda/52.02").retrieve().toBodilessEntity().getStatusCode()
        .value()).isEqualTo(200);
    var other = loteng.get().uri("/api/pemda/52.04").retrieve().toEntity(JSON_OBJECT);
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    assertThat(other.getBody()).containsEntry("error", "forbidden");
    assertThat(loteng.get().uri("/api/organisation-units/52.04-diskop/escalation-path").retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(Api.demo(port, "pip.kerjasama").get().uri("/api/pemda/52.04").retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void unknownCodesAnswer404AndMalformedJson400WithAReason() {
    var admin = Api.demo(port, "admin");
    var unknown = admin.get().uri("/api/pemda/52.99").retrieve().toEntity(JSON_OBJECT);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).containsEntry("error", "not_found");
    assertThat((String) unknown.getBody().get("message")).contains("52.99");

    var malformed = admin.post().uri("/api/positions/52.02-sekda/holders")
        .contentType(MediaType.APPLICATION_JSON).body("{\"userId\": \"loteng.sekda\",")
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(malformed.getBody()).containsEntry("error", "malformed_json");
    assertThat((String) malformed.getBody().get("message")).contains("baris 1");
  }

  @Test
  void unauthenticatedFirstRunSetupCreatesNobody() throws Exception {
    long usersBefore = engine.getIdentityService().createUserQuery().count();
    var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var page = http.send(HttpRequest.newBuilder(uri("/camunda/app/admin/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
    var setup = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\"},"
                + "\"credentials\":{\"password\":\"intruder-password\"}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(setup.statusCode()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(usersBefore);
  }

  @Test
  void keepsJavaSerializationOffAndCleansHistoryEveryNight() {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
  }

  @Test
  void exposesOnlyHealthWithoutCredentials() {
    assertThat(Api.anonymous(port).get().uri("/actuator/health").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(200);
    // Everything else under /actuator needs an administrator; unexposed endpoints stay absent.
    assertThat(Api.anonymous(port).get().uri("/actuator/env").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(401);
    assertThat(Api.anonymous(port).get().uri("/actuator/prometheus").retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(401);
    assertThat(Api.demo(port, "admin").get().uri("/actuator/env").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void everyDemoUserSeesTheTasklistFiltersOfTheirRole() {
    for (String user : List.of("loteng.ekonomi", "sumbawa.sekda", "pip.kerjasama", "penyalur.pnm")) {
      List<Map<String, Object>> filters = Api.demo(port, user).get()
          .uri("/engine-rest/filter?resourceType=Task").retrieve().body(JSON_LIST);
      assertThat(filters).extracting(f -> f.get("name"))
          .as(user).containsExactlyInAnyOrder("Tugas saya", "Tugas kelompok saya", "Terlambat");
    }
    List<Map<String, Object>> managerFilters = Api.demo(port, "manajer").get()
        .uri("/engine-rest/filter?resourceType=Task").retrieve().body(JSON_LIST);
    assertThat(managerFilters).extracting(f -> f.get("name")).contains("Semua tugas terbuka");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
