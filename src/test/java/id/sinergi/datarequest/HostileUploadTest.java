package id.sinergi.datarequest;

import static id.sinergi.datarequest.DataRequestFixtures.randomNik;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.datarequest.sheet.HostileSheets;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** Uploads an attacker or an unlucky clerk sends: refused with a reason, never a 500. */
@SinergiSpringTest
class HostileUploadTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ImportLock lock;
  long requestId;

  @BeforeEach
  void openRequest() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
        DataRequestVariables.PROCESS_ID, "hostile-" + UUID.randomUUID(), Map.of(
            "pemdaCode", "52.04", "requesterGroup", "pemda-52.04-ekonomi",
            "callerReference", "hostile-test", "dataKinds", "BUSINESS_ACTOR"));
    Task plan = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult();
    engine.getFormService().submitTaskForm(plan.getId(), Map.of("requests", Spin.JSON(List.of(
        Map.of("opdCode", "52.04-disnaker", "kinds", List.of("BUSINESS_ACTOR"), "dueDate",
            java.time.LocalDate.now().plusDays(7).toString())))));
    for (int round = 0; round < 2; round++) {
      engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()
          .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    requestId = jdbc.queryForObject("select r.id from datarequest_request r join "
        + "datarequest_case c on c.id = r.case_id where c.process_instance_id = ?", Long.class,
        instance.getId());
  }

  @Test
  void theTemplateWithOneCellInflatingTo400MegabytesIsRefusedQuicklyWith413() {
    byte[] bomb = HostileSheets.bomb(400L * 1024 * 1024);
    long started = System.nanoTime();
    ResponseEntity<Map<String, Object>> answer = upload(bomb, "templat.xlsx");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(answer.getStatusCode().value()).isEqualTo(413);
    assertThat(answer.getBody()).containsEntry("error", "too_large");
    assertThat((String) answer.getBody().get("message")).startsWith("Berkas XLSX ditolak");
    assertThat(health()).isEqualTo(200);
  }

  @Test
  void aMalformedSheetIsA400WithAReason() {
    ResponseEntity<Map<String, Object>> answer = upload(HostileSheets.withRows(
        "<row r=\"2\"><c r=\"A2\" t=\"q\"><v>1</v></c></row>"), "rusak.xlsx");
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().toString()).contains("format Excel");
  }

  @Test
  void aFileLargerThanTheMultipartBoundIsA413FromTheApiNotTheServletContainer() {
    byte[] big = new byte[21 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    ResponseEntity<Map<String, Object>> answer = upload(big, "besar.csv");
    assertThat(answer.getStatusCode().value()).isEqualTo(413);
    assertThat(answer.getBody()).containsEntry("error", "too_large");
    assertThat((String) answer.getBody().get("message")).contains("Berkas terlalu besar");
  }

  @Test
  void anUploadWhileAnotherImportOfTheSameRequestRunsIsA409() {
    lock.acquire(requestId, "someone.else", ActorImportService.now());
    try {
      ResponseEntity<Map<String, Object>> answer = upload(csv(3), "a.csv");
      assertThat(answer.getStatusCode().value()).isEqualTo(409);
      assertThat((String) answer.getBody().get("message")).contains("sedang diproses");
    } finally {
      lock.release(requestId);
    }
    assertThat(upload(csv(3), "a.csv").getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void twoUploadsAtOnceNeverMixTheirRowsAndNeverAnswer500() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      List<String> first = niks(800);
      List<String> second = niks(800);
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> race(start, first));
      CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> race(start, second));
      int statusA = a.get(120, TimeUnit.SECONDS);
      int statusB = b.get(120, TimeUnit.SECONDS);
      assertThat(List.of(statusA, statusB)).allMatch(s -> s == 201 || s == 409)
          .contains(201);
      Set<String> stored = new HashSet<>(jdbc.queryForList("select a.nik from datarequest_actor a "
          + "join datarequest_actor_entry e on e.actor_id = a.id where e.request_id = ?",
          String.class, requestId));
      assertThat(stored).as("exactly one file's rows, attempt " + attempt)
          .satisfiesAnyOf(s -> assertThat(s).isEqualTo(new HashSet<>(first)),
              s -> assertThat(s).isEqualTo(new HashSet<>(second)));
    }
  }

  private int race(CyclicBarrier start, List<String> niks) {
    try {
      start.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return upload(csv(niks), "race.csv").getStatusCode().value();
  }

  private static List<String> niks(int count) {
    Set<String> niks = new HashSet<>();
    while (niks.size() < count) {
      niks.add(randomNik());
    }
    return new ArrayList<>(niks);
  }

  private static byte[] csv(int rows) {
    return csv(niks(rows));
  }

  private static byte[] csv(List<String> niks) {
    StringBuilder csv = new StringBuilder(BusinessActorUploadTest.HEADER).append('\n');
    for (String nik : niks) {
      csv.append("Usaha ").append(nik).append(';').append(nik)
          .append(";;Jasa;Alas;Dalam;MIKRO;;;;\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private int health() {
    return Api.anonymous(port).get().uri("/actuator/health").retrieve().toBodilessEntity()
        .getStatusCode().value();
  }

  private ResponseEntity<Map<String, Object>> upload(byte[] content, String name) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return Api.demo(port, "sumbawa.disnaker").post()
        .uri("/api/opd-data-requests/{id}/business-actors", requestId)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
        .toEntity(new ParameterizedTypeReference<>() {});
  }
}
