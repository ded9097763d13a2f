package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Candidates taken from a Pemda's business actors: the demo data request of Sumbawa (52.04),
 * whose Diskop listed Siti Aminah (KBLI 10792, Moyo Hilir, a grant) and Abdul Rahman (trade,
 * Alas). The same rules as a registration apply; a business that breaks one is skipped with
 * its reason, and only the incubator's staff may take candidates.
 */
@SinergiSpringTest
class PemdaCandidatesTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String SITI = "5204015107850003";
  private static final String ABDUL = "5204031203800002";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CohortRepository cohorts;
  @Autowired CandidateRepository candidates;

  LocalDate today = LocalDate.of(2032, 3, 1);

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(IncubationScenario.at(today, 9));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void takesSumbawaActorsSkipsOnesInAnotherCohortAndVerifiesTheNewOnes() {
    IncubationScenario scenario = new IncubationScenario(engine, candidates);
    Cohort cohort = scenario.startCohort(5, today.plusWeeks(4), 12, cohorts);
    Cohort other = new IncubationScenario(engine, candidates)
        .startCohort(5, today.plusWeeks(6), 6, cohorts);
    RestClient stipark = Api.demo(port, "stipark.staf");
    Map<String, Object> abdul = new HashMap<>(Map.of("businessName", "Toko Abdul",
        "ownerName", "Abdul Rahman", "nik", ABDUL, "pemdaCode", "52.04", "sector", "JASA",
        "scale", "MIKRO", "need", "PEMASARAN"));
    assertThat(stipark.post().uri("/api/incubation/cohorts/{id}/candidates", other.getId())
        .contentType(MediaType.APPLICATION_JSON).body(abdul).retrieve().toEntity(JSON)
        .getStatusCode().value()).isEqualTo(201);

    var noNeed = take(stipark, cohort, Map.of("pemdaCode", "52.04", "niks", List.of(SITI)));
    assertThat(noNeed.getStatusCode().value()).isEqualTo(400);
    assertThat(noNeed.getBody().toString()).contains("need", "Kebutuhan utama wajib dipilih");

    var moyo = take(stipark, cohort, Map.of("pemdaCode", "52.04", "kecamatan", "moyo hilir",
        "niks", List.of(SITI, ABDUL), "need", "KEMASAN"));
    assertThat(moyo.getStatusCode().value()).isEqualTo(200);
    assertThat(moyo.getBody()).containsEntry("found", 1).containsEntry("added", 1)
        .containsEntry("skipped", 0);
    Map<String, Object> siti = list(moyo.getBody(), "candidates").get(0);
    assertThat(siti).containsEntry("nik", SITI).containsEntry("source", "PEMDA_DATA")
        .containsEntry("pemdaCode", "52.04").containsEntry("sector", "PANGAN_OLAHAN")
        .containsEntry("scale", "ULTRA_MIKRO").containsEntry("need", "KEMASAN")
        .containsEntry("status", "REGISTERED");
    assertThat((String) siti.get("fosteredFlag")).contains("hibah barang/alat dari",
        "Hibah alat usaha IKM 2026");

    var trade = take(stipark, cohort, Map.of("pemdaCode", "52.04", "sector", "dagang",
        "niks", List.of(SITI, ABDUL), "need", "KEMASAN"));
    assertThat(trade.getBody()).containsEntry("found", 1).containsEntry("skipped", 1);
    assertThat(list(trade.getBody(), "skippedActors")).extracting(s -> s.get("nik"))
        .containsExactly(ABDUL);

    var again = take(stipark, cohort, Map.of("pemdaCode", "52.04",
        "niks", List.of(SITI, ABDUL), "need", "KEMASAN"));
    assertThat(again.getBody()).containsEntry("found", 2).containsEntry("added", 0)
        .containsEntry("skipped", 2);
    assertThat(list(again.getBody(), "skippedActors")).anySatisfy(s -> {
      assertThat(s).containsEntry("nik", ABDUL).containsEntry("name", "Abdul Rahman");
      assertThat((String) s.get("reason")).contains("sedang mengikuti angkatan '"
          + other.getName() + "' (STIPark NTB)", "tidak dapat mengikuti dua angkatan");
    }).anySatisfy(s -> assertThat((String) s.get("reason")).contains(
        "sudah terdaftar di angkatan ini"));
    assertThat(candidates.findByCohortIdOrderById(cohort.getId())).singleElement()
        .satisfies(c -> assertThat(c.getSource()).isEqualTo(Candidate.Source.PEMDA_DATA));

    scenario.recruit(List.of(), false);
    long sitiId = ((Number) siti.get("id")).longValue();
    List<Task> verifications = engine.getTaskService().createTaskQuery()
        .processInstanceId(scenario.cohortInstanceId).taskDefinitionKey("Task_VerifyCandidate")
        .list();
    assertThat(verifications).extracting(t -> ((Number) engine.getTaskService()
        .getVariable(t.getId(), "candidateId")).longValue()).containsExactly(sitiId);
  }

  @Test
  void onlyTheIncubatorsStaffTakeCandidatesAndTheCohortsRegionIsTheDefault() {
    Cohort cohort = new IncubationScenario(engine, candidates)
        .startCohort(5, today.plusWeeks(4), 12, cohorts);
    Map<String, Object> body = Map.of("pemdaCode", "52.04", "niks", List.of(SITI),
        "need", "KEMASAN");
    assertThat(take(Api.demo(port, "plut.konsultan"), cohort, body).getStatusCode().value())
        .isEqualTo(403);
    assertThat(take(Api.demo(port, "sumbawa.ekonomi"), cohort, body).getStatusCode().value())
        .isEqualTo(403);
    assertThat(candidates.findByCohortIdOrderById(cohort.getId())).isEmpty();

    // The cohort is Lombok Timur's: Sumbawa's actors are not taken unless asked for.
    var ownRegion = take(Api.demo(port, "stipark.staf"), cohort,
        Map.of("niks", List.of(SITI), "need", "KEMASAN"));
    assertThat(ownRegion.getBody()).containsEntry("pemdaCode", "52.03")
        .containsEntry("found", 0).containsEntry("added", 0);
    var unknown = take(Api.demo(port, "stipark.staf"), cohort,
        Map.of("pemdaCode", "52.99", "need", "KEMASAN"));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody().toString()).contains("Kode Pemda '52.99' tidak dikenal");
  }

  @Test
  void mapsKbliCodesAndWordsToIncubationSectors() {
    assertThat(ActorSectors.of("10792")).isEqualTo(BusinessProfile.Sector.PANGAN_OLAHAN);
    assertThat(ActorSectors.of("13921")).isEqualTo(BusinessProfile.Sector.FESYEN);
    assertThat(ActorSectors.of("Perdagangan eceran")).isEqualTo(BusinessProfile.Sector.JASA);
    assertThat(ActorSectors.of("Tenun ikat")).isEqualTo(BusinessProfile.Sector.FESYEN);
    assertThat(ActorSectors.of("kerajinan")).isEqualTo(BusinessProfile.Sector.KERAJINAN);
    assertThat(ActorSectors.of("Pertambangan")).isNull();
    assertThat(ActorSectors.of("07100")).isNull();
  }

  private ResponseEntity<Map<String, Object>> take(RestClient client, Cohort cohort,
      Map<String, Object> body) {
    return client.post().uri("/api/incubation/cohorts/{id}/candidates/from-pemda-data",
        cohort.getId()).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
        .toEntity(JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }
}
