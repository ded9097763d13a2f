package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.monitoring.WebappSession.Answer;
import id.sinergi.support.SinergiSpringTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Cockpit plugin's REST API on the demo data, as a manager (every Pemda) and as Lombok
 * Tengah's Bagian Ekonomi (Lombok Tengah only): any webapp login reaches the plugin API, so the
 * scope must come from the access model.
 */
@SinergiSpringTest
class MonitoringApiTest {

  static final String COOPERATION = "pip-pemda-cooperation";
  static final String LOMBOK_TENGAH = "52.02";
  static final String SUMBAWA = "52.04";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @Test
  void aManagerSeesTheStalledStepsOfEveryPemdaMostOverdueFirst() {
    WebappSession manager = WebappSession.cockpit(port, "manajer");

    JsonNode stalled = ok(manager.plugin("stalled-steps?processKey=" + COOPERATION));
    JsonNode lombokTengah = row(stalled, "pemdaCode", LOMBOK_TENGAH);
    assertThat(lombokTengah.path("pemdaName").asText()).isEqualTo("Lombok Tengah");
    assertThat(lombokTengah.path("activityId").asText()).isEqualTo("Task_PrepareProgramData");
    assertThat(lombokTengah.path("holderGroup").asText()).isEqualTo("pemda-52.02-ekonomi");
    assertThat(lombokTengah.path("overdueDays").asDouble()).isGreaterThan(0);
    JsonNode sumbawa = row(stalled, "pemdaCode", SUMBAWA);
    assertThat(sumbawa.path("activityId").asText()).isEqualTo("Task_ApproveInternally");
    assertThat(sumbawa.path("holderGroup").asText()).isEqualTo("pemda-52.04-sekda");
    List<Double> overdue = new ArrayList<>();
    stalled.forEach(n -> overdue.add(n.path("overdueDays").asDouble()));
    assertThat(overdue).isSortedAccordingTo((a, b) -> Double.compare(b, a));

    JsonNode onlySumbawa = ok(manager.plugin("stalled-steps?pemda=" + SUMBAWA));
    assertThat(texts(onlySumbawa, "pemdaCode")).isNotEmpty().containsOnly(SUMBAWA);

    JsonNode load = ok(manager.plugin("pemda-load"));
    assertThat(row(load, "pemdaCode", LOMBOK_TENGAH).path("overdue").asLong()).isPositive();
    assertThat(row(load, "pemdaCode", SUMBAWA).path("open").asLong()).isPositive();
  }

  @Test
  void theCooperationDiagramShowsEachWaitingStepWithItsInstances() {
    WebappSession manager = WebappSession.cockpit(port, "manajer");
    String definition = definition(COOPERATION);

    JsonNode activities = ok(manager.plugin("process-definition/" + definition + "/activities"));
    JsonNode prepare = row(activities, "activityId", "Task_PrepareProgramData");
    assertThat(prepare.path("open").asLong()).isEqualTo(prepare.path("overdue").asLong())
        .isPositive();
    assertThat(prepare.path("slaWorkingDays").asInt()).isEqualTo(10);
    assertThat(prepare.path("oldestAgeDays").asDouble()).isGreaterThan(100);

    JsonNode steps = ok(manager.plugin("process-definition/" + definition
        + "/activities/Task_PrepareProgramData/steps"));
    assertThat(texts(steps, "pemdaName")).contains("Lombok Tengah");
    assertThat(texts(steps, "businessKey")).contains("KS-52.02-2026-001");

    JsonNode durations = ok(manager.plugin("process-definition/" + definition + "/durations"));
    assertThat(durations.isArray()).isTrue();
    durations.forEach(d -> assertThat(d.path("p90Hours").asDouble())
        .isGreaterThanOrEqualTo(d.path("medianHours").asDouble()));
  }

  @Test
  void lombokTengahGetsNoNumbersOfSumbawa() {
    WebappSession loteng = WebappSession.login(port, "tasklist", "loteng.ekonomi");
    String definition = definition(COOPERATION);

    JsonNode stalled = ok(loteng.plugin("stalled-steps"));
    assertThat(texts(stalled, "pemdaCode")).isNotEmpty().containsOnly(LOMBOK_TENGAH);
    assertThat(texts(ok(loteng.plugin("pemda-load")), "pemdaCode")).containsOnly(LOMBOK_TENGAH);
    assertThat(texts(ok(loteng.plugin("process-definition/" + definition + "/activities")),
        "activityId")).contains("Task_PrepareProgramData").doesNotContain("Task_ApproveInternally");
    assertThat(texts(ok(loteng.plugin("durations?processKey=" + COOPERATION)), "pemdaCode"))
        .allMatch(LOMBOK_TENGAH::equals);
    assertThat(texts(ok(loteng.plugin("choices")).path("pemda"), "code"))
        .containsOnly(LOMBOK_TENGAH);

    String sumbawaCase = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey("KS-52.04-2026-001").singleResult().getId();
    String lotengCase = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey("KS-52.02-2026-001").singleResult().getId();
    JsonNode names = ok(loteng.plugin("process-instances?ids=" + sumbawaCase + "," + lotengCase));
    assertThat(texts(names, "processInstanceId")).containsExactly(lotengCase);
    assertThat(texts(names, "pemdaName")).containsExactly("Lombok Tengah");

    Answer sumbawa = loteng.plugin("stalled-steps?pemda=" + SUMBAWA);
    assertThat(sumbawa.status()).isEqualTo(403);
    assertThat(sumbawa.body().path("message").asText()).contains("tidak berwenang");
    assertThat(loteng.plugin("durations?processKey=" + COOPERATION + "&pemda=" + SUMBAWA)
        .status()).isEqualTo(403);
  }

  @Test
  void usersOfNoPemdaGetNoNumbersAndBadInputIsRefusedInIndonesian() {
    WebappSession penyalur = WebappSession.login(port, "tasklist", "penyalur.pnm");
    assertThat(penyalur.plugin("stalled-steps").status()).isEqualTo(403);
    assertThat(penyalur.plugin("pemda-load").status()).isEqualTo(403);

    WebappSession manager = WebappSession.cockpit(port, "manajer");
    Answer level = manager.plugin("stalled-steps?level=7");
    assertThat(level.status()).isEqualTo(400);
    assertThat(level.body().path("message").asText()).contains("Tingkat eskalasi");
    assertThat(manager.plugin("durations?processKey=" + COOPERATION + "&days=0").status())
        .isEqualTo(400);
    assertThat(manager.plugin("durations").status()).isEqualTo(400);
    assertThat(manager.plugin("process-definition/tidak-ada/durations").status())
        .isEqualTo(404);
  }

  private String definition(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  static JsonNode ok(Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  static JsonNode row(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText(null))) {
        return n;
      }
    }
    throw new AssertionError("no row with " + field + " = " + value + " in " + array);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.path(field).asText(null)));
    return values;
  }
}
