package id.sinergi.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.organisation.AdministratorBootstrap;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import jakarta.servlet.FilterChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The findings of the security review, each reproduced against the demo: they failed before
 * the kernel's access model and must never come back.
 */
@SinergiSpringTest
class TrustBoundaryTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private String cooperationInstance(String pemda) {
    return jdbc.queryForObject("select process_instance_id from coop_cooperation where "
        + "pemda_code = ? and open_pemda_code is not null", String.class, pemda);
  }

  private long cooperationId(String pemda) {
    return jdbc.queryForObject("select id from coop_cooperation where pemda_code = ? and "
        + "open_pemda_code is not null", Long.class, pemda);
  }

  private Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).singleResult();
  }

  /** Finding 1: a clerk pointed his own task at Sumbawa's cooperation by writing a variable. */
  @Test
  void aClerkCannotPointHisTaskAtAnotherPemdasCooperation() {
    Task own = task(cooperationInstance("52.02"), "Task_PrepareProgramData");
    long sumbawa = cooperationId("52.04");
    int programmesBefore = jdbc.queryForObject("select count(*) from coop_program where "
        + "cooperation_id = ?", Integer.class, sumbawa);
    var loteng = Api.demo(port, "loteng.ekonomi");

    var write = loteng.put().uri("/engine-rest/task/{id}/variables/cooperationId", own.getId())
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("value", sumbawa, "type", "Long"))
        .retrieve().toEntity(JSON);
    assertThat(write.getStatusCode().value()).isEqualTo(403);
    assertThat((String) write.getBody().get("message")).contains("formulir");

    var complete = loteng.post().uri("/engine-rest/task/{id}/complete", own.getId())
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of(
            "cooperationId", Map.of("value", sumbawa, "type", "Long"),
            "pemdaCode", Map.of("value", "52.04"))))
        .retrieve().toEntity(JSON);
    assertThat(complete.getStatusCode().value()).isEqualTo(400);
    assertThat((String) complete.getBody().get("message")).contains("cooperationId");

    assertThat(engine.getRuntimeService().getVariable(own.getProcessInstanceId(),
        "cooperationId")).isEqualTo(cooperationId("52.02"));
    assertThat(jdbc.queryForObject("select count(*) from coop_program where "
        + "cooperation_id = ?", Integer.class, sumbawa)).isEqualTo(programmesBefore);
    assertThat(task(cooperationInstance("52.02"), "Task_PrepareProgramData")).isNotNull();
  }

  /** Finding 2: Lombok Utara's clerk opened a data request inside Sumbawa. */
  @Test
  void onePemdaCannotOpenADataRequestInAnother() {
    var lotara = Api.demo(port, "lotara.ekonomi");
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("cross-opd-data-request").count();
    var refused = lotara.post()
        .uri("/engine-rest/process-definition/key/cross-opd-data-request/start")
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of(
            "pemdaCode", Map.of("value", "52.04"),
            "requesterGroup", Map.of("value", "pemda-52.08-ekonomi"),
            "dataKinds", Map.of("value", "PROGRAM")))).retrieve().toEntity(JSON);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat((String) refused.getBody().get("message")).contains("Pemda Anda sendiri");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("cross-opd-data-request").count()).isEqualTo(before);

    var own = lotara.post()
        .uri("/engine-rest/process-definition/key/cross-opd-data-request/start")
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of(
            "dataKinds", Map.of("value", "PROGRAM")))).retrieve().toEntity(JSON);
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    String instance = (String) own.getBody().get("id");
    assertThat(jdbc.queryForObject("select pemda_code from case_file where "
        + "process_instance_id = ?", String.class, instance)).isEqualTo("52.08");
    assertThat(jdbc.queryForList("select group_id from case_party where process_instance_id = ? "
        + "and role = 'requester'", String.class, instance)).containsExactly("pemda-52.08-ekonomi");
    engine.getRuntimeService().deleteProcessInstance(instance, "test finished");
  }

  /**
   * The reminders of overdue steps are sent by a process only Sinergi's check starts: anyone
   * else, an administrator included, could otherwise name steps and have e-mails sent for them.
   */
  @Test
  void onlySinergiHandsOverReminders() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("escalation-reminder").count();
    for (String user : List.of("admin", "pip.kerjasama")) {
      var refused = Api.demo(port, user).post().uri("/engine-rest/message")
          .contentType(MediaType.APPLICATION_JSON).body(Map.of(
              "messageName", "EscalationRemindersDue",
              "processVariables", Map.of("stepKeys", Map.of("value", "any-task-id"))))
          .retrieve().toEntity(JSON);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
    }
    var admin = Api.demo(port, "admin").post().uri("/engine-rest/message")
        .contentType(MediaType.APPLICATION_JSON).body(Map.of(
            "messageName", "EscalationRemindersDue",
            "processVariables", Map.of("stepKeys", Map.of("value", "any-task-id"))))
        .retrieve().toEntity(JSON);
    assertThat((String) admin.getBody().get("message")).contains("hanya dikirim oleh Sinergi");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("escalation-reminder").count()).isEqualTo(before);
  }

  /** Finding 3: Bagian Ekonomi staff of every Pemda read other Pemdas' data requests. */
  @Test
  void ekonomiStaffReadOnlyTheirOwnPemdasDataRequests() {
    String sumbawaRequest = jdbc.queryForObject("select process_instance_id from "
        + "datarequest_case where pemda_code = '52.04' and caller_reference = 'demo'",
        String.class);
    var loteng = Api.demo(port, "loteng.ekonomi");
    for (String path : List.of(
        "/engine-rest/process-instance?processDefinitionKey=cross-opd-data-request",
        "/engine-rest/history/process-instance?processDefinitionKey=cross-opd-data-request",
        "/engine-rest/variable-instance?processInstanceIdIn=" + sumbawaRequest,
        "/engine-rest/history/variable-instance?processInstanceId=" + sumbawaRequest,
        "/engine-rest/history/activity-instance?processInstanceId=" + sumbawaRequest,
        "/engine-rest/task?processDefinitionKey=cross-opd-data-request")) {
      List<Map<String, Object>> rows = loteng.get().uri(path).retrieve().body(JSON_LIST);
      assertThat(rows).as(path).allSatisfy(row -> assertThat(row.get("tenantId"))
          .isIn("52.02", null));
      assertThat(rows).as(path).noneSatisfy(row -> assertThat(row.toString())
          .contains(sumbawaRequest));
    }
    assertThat(loteng.get().uri("/engine-rest/process-instance/{id}/activity-instances",
        sumbawaRequest).retrieve().toBodilessEntity().getStatusCode().value()).isIn(403, 404);
    var sumbawa = Api.demo(port, "sumbawa.ekonomi");
    assertThat(sumbawa.get().uri("/engine-rest/variable-instance?processInstanceIdIn="
        + sumbawaRequest).retrieve().body(JSON_LIST)).isNotEmpty();
  }

  /** Finding 4: the read-only manager uploaded, commented, attached and tested passwords. */
  @Test
  void readOnlyRolesChangeNothing() {
    Task letter = task(cooperationInstance("52.02"), "Task_PrepareProgramData");
    var manajer = Api.demo(port, "manajer");
    var files = new LinkedMultiValueMap<String, Object>();
    files.add("kind", "SURAT_PERMOHONAN");
    files.add("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes()) {
      @Override
      public String getFilename() {
        return "surat.pdf";
      }
    });
    assertThat(manajer.post().uri("/api/tasks/{id}/documents", letter.getId())
        .contentType(MediaType.MULTIPART_FORM_DATA).body(files).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
    assertThat(manajer.post().uri("/engine-rest/task/{id}/comment/create", letter.getId())
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("message", "catatan"))
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    var attachment = new LinkedMultiValueMap<String, Object>();
    attachment.add("attachment-name", "x");
    attachment.add("url", "http://example.org");
    assertThat(manajer.post().uri("/engine-rest/task/{id}/attachment/create", letter.getId())
        .contentType(MediaType.MULTIPART_FORM_DATA).body(attachment).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(manajer.post().uri("/engine-rest/identity/verify")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("username", "loteng.ekonomi", "password", "demo")).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getTaskService().getTaskComments(letter.getId())).isEmpty();
    assertThat(engine.getTaskService().getTaskAttachments(letter.getId())).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from doc_document where task_id = ?",
        Integer.class, letter.getId())).isZero();
  }

  /** Finding 5: any logged-in user could suspend, re-date, run or delete the cleanup job. */
  @Test
  void theHistoryCleanupJobIsTheAdministrators() {
    engine.getHistoryService().cleanUpHistoryAsync(true);
    String job = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();
    var clerk = Api.demo(port, "pip.kerjasama");
    assertThat(clerk.put().uri("/engine-rest/job/{id}/suspended", job)
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("suspended", true)).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(clerk.put().uri("/engine-rest/job/{id}/duedate", job)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("duedate", "2030-01-01T00:00:00.000+0000")).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
    assertThat(clerk.post().uri("/engine-rest/job/{id}/execute", job).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(clerk.delete().uri("/engine-rest/job/{id}", job).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
    assertThat(clerk.get().uri("/engine-rest/history/cleanup/jobs").retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    var found = engine.getManagementService().createJobQuery().jobId(job).singleResult();
    assertThat(found.isSuspended()).isFalse();
    assertThat(Api.demo(port, "admin").get().uri("/engine-rest/job/{id}", job).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
  }

  /** Finding 6: wrong passwords from anyone kept the real one refused; one administrator. */
  @Test
  void aStrangersWrongPasswordsNeverLockTheRealUserOut() throws Exception {
    var identity = engine.getIdentityService();
    for (int i = 0; i < 25; i++) {
      assertThat(identity.checkPassword("sumbawa.sekda", "tebakan-" + i)).isFalse();
    }
    assertThat(identity.checkPassword("sumbawa.sekda", "demo")).isTrue();

    Instant[] now = {Instant.parse("2026-11-30T10:00:00Z")};
    Clock clock = new Clock() {
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      public Instant instant() {
        return now[0];
      }
    };
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(5), Duration.ofMinutes(30),
        clock);
    FilterChain wrongPassword = (request, response) ->
        ((MockHttpServletResponse) response).setStatus(401);
    FilterChain rightPassword = (request, response) ->
        ((MockHttpServletResponse) response).setStatus(200);
    for (int i = 0; i < 8; i++) {
      throttle.doFilter(login("10.0.0.66"), new MockHttpServletResponse(), wrongPassword);
    }
    MockHttpServletResponse stranger = new MockHttpServletResponse();
    throttle.doFilter(login("10.0.0.66"), stranger, rightPassword);
    assertThat(stranger.getStatus()).isEqualTo(429);
    assertThat(stranger.getHeader("Retry-After")).isNotNull();
    assertThat(stranger.getContentAsString()).contains("Coba lagi");
    MockHttpServletResponse realUser = new MockHttpServletResponse();
    throttle.doFilter(login("10.0.0.7"), realUser, rightPassword);
    assertThat(realUser.getStatus()).isEqualTo(200);
    now[0] = now[0].plus(Duration.ofMinutes(6));
    MockHttpServletResponse later = new MockHttpServletResponse();
    throttle.doFilter(login("10.0.0.66"), later, rightPassword);
    assertThat(later.getStatus()).isEqualTo(200);

    // An administrator can be restored without HTTP, from the environment at start-up.
    AdministratorBootstrap.resetAdministrator(engine, "admin.darurat", "kata-sandi-baru-123");
    assertThat(identity.checkPassword("admin.darurat", "kata-sandi-baru-123")).isTrue();
    assertThat(identity.createUserQuery().userId("admin.darurat").memberOfGroup("camunda-admin")
        .count()).isEqualTo(1);
    identity.deleteUser("admin.darurat");
  }

  private static MockHttpServletRequest login(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setRemoteAddr(address);
    request.addHeader("Authorization", "Basic eDp5");
    return request;
  }

  /** Finding 7: unlimited pages, 500s for refusals and /error, Java types in bodies, no headers. */
  @Test
  void limitsErrorsAndHeaders() {
    var admin = Api.demo(port, "admin");
    var unlimited = admin.get().uri("/engine-rest/task?maxResults=2147483647").retrieve()
        .toEntity(JSON);
    assertThat(unlimited.getStatusCode().value()).isEqualTo(400);
    assertThat((String) unlimited.getBody().get("message")).contains("paling banyak 2000");
    assertThat(admin.get().uri("/engine-rest/task").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(200);

    var error = admin.get().uri("/error").retrieve().toEntity(JSON);
    assertThat(error.getStatusCode().value()).isEqualTo(404);
    assertThat(error.getBody()).containsEntry("error", "not_found");

    var startRefused = Api.demo(port, "loteng.ekonomi").post()
        .uri("/engine-rest/process-definition/key/pip-pemda-cooperation/start")
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of(
            "initiative", Map.of("value", "PERMOHONAN_PEMDA"), "pemda", Map.of("value", "52.04"))))
        .retrieve().toEntity(JSON);
    assertThat(startRefused.getStatusCode().value()).isEqualTo(400);
    assertThat((String) startRefused.getBody().get("message")).contains("Pemda Anda sendiri");

    long disnaker = jdbc.queryForObject("select r.id from datarequest_request r join "
        + "datarequest_case c on c.id = r.case_id where c.caller_reference = 'demo' and "
        + "r.opd_code = '52.04-disnaker'", Long.class);
    var shortReason = Api.demo(port, "sumbawa.disnaker").post()
        .uri("/api/opd-data-requests/{id}/answer", disnaker).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("answer", "REFUSE", "refusalReason", "tidak")).retrieve().toEntity(JSON);
    assertThat(shortReason.getStatusCode().value()).isEqualTo(400);
    assertThat(shortReason.getBody().toString()).contains("minimal 10 karakter");

    for (String body : List.of("{\"userId\": [1,2]}", "[1,2,3]", "{\"validFrom\": \"kemarin\"}",
        "{\"userId\": \"x\",")) {
      var bad = admin.post().uri("/api/positions/52.02-sekda/holders")
          .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
      assertThat(bad.getStatusCode().value()).as(body).isEqualTo(400);
      assertThat(bad.getBody()).as(body).doesNotContain("java.").doesNotContain("Exception")
          .doesNotContain("`");
    }

    for (String path : List.of("/api/pemda", "/engine-rest/task/count", "/")) {
      var headers = admin.get().uri(path).retrieve().toBodilessEntity().getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("default-src");
    }
  }
}
