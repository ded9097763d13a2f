package id.sinergi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The cooperation API on the demo data: each caller sees only the cooperations it is a party
 * of, with the current step from the engine, the timeline and the progress against targets.
 */
@SinergiSpringTest
class CooperationApiTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired CooperationRepository cooperations;
  @Autowired CooperationDirectory directory;

  private long idOf(String pemda) {
    return cooperations.findByOpenPemdaCode(pemda).orElseThrow().id;
  }

  private List<Map<String, Object>> list(String user, String query) {
    return Api.demo(port, user).get().uri("/api/cooperations" + query).retrieve().toEntity(LIST)
        .getBody();
  }

  @Test
  void demoDataShowsTheArticlesThreeCasesAtTheirSteps() {
    List<Map<String, Object>> all = list("manajer", "");
    assertThat(all).extracting(c -> c.get("pemdaCode")).contains("52.02", "52.04", "52.08");
    Map<String, Object> loteng = all.stream().filter(c -> c.get("pemdaCode").equals("52.02"))
        .findFirst().orElseThrow();
    assertThat(loteng.get("offeredByPip")).isEqualTo(true);
    assertThat(loteng.get("currentSteps")).isEqualTo(List.of("Siapkan data program UMKM"));
    assertThat((List<?>) loteng.get("currentSteps")).hasSize(1);
    assertThat(((Number) loteng.get("ageDays")).longValue()).isGreaterThan(100);
    assertThat(list("manajer", "?pemda=52.04").get(0).get("currentSteps"))
        .isEqualTo(List.of("Setujui kerja sama secara internal"));
    Map<String, Object> lotara = list("manajer", "?pemda=52.08").get(0);
    assertThat(lotara.get("status")).isEqualTo("DISTRIBUTION");
    assertThat(lotara.get("currentSteps"))
        .isEqualTo(List.of("Bulan laporan berakhir", "Triwulan berakhir"));
    assertThat(directory.inDistribution("52.08")).hasValueSatisfying(ref -> {
      assertThat(ref.penyalurCode()).isEqualTo("penyalur-pnm");
      assertThat(ref.number()).startsWith("KS-52.08-2026-");
    });
    assertThat(directory.inDistribution("52.02")).isEmpty();
  }

  @Test
  void listIsScopedToTheCallersPemdaAndPenyalur() {
    assertThat(list("loteng.ekonomi", "")).extracting(c -> c.get("pemdaCode")).containsOnly("52.02");
    assertThat(list("sumbawa.sekda", "")).extracting(c -> c.get("pemdaCode")).containsOnly("52.04");
    assertThat(list("penyalur.pnm", "")).extracting(c -> c.get("penyalurCode"))
        .containsOnly("penyalur-pnm");
    assertThat(list("pip.kerjasama", "?status=DISTRIBUTION")).extracting(c -> c.get("status"))
        .containsOnly("DISTRIBUTION");
    var other = Api.demo(port, "loteng.ekonomi").get().uri("/api/cooperations?pemda=52.04")
        .retrieve().toEntity(OBJECT);
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    var badStatus = Api.demo(port, "manajer").get().uri("/api/cooperations?status=SELESAI")
        .retrieve().toEntity(OBJECT);
    assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void detailTimelineAndProgressAreForThePartiesOnly() {
    long lotara = idOf("52.08");
    for (String path : List.of("", "/timeline", "/progress")) {
      assertThat(Api.demo(port, "loteng.ekonomi").get().uri("/api/cooperations/" + lotara + path)
          .retrieve().toBodilessEntity().getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(Api.demo(port, "lotara.ekonomi").get().uri("/api/cooperations/" + lotara + path)
          .retrieve().toBodilessEntity().getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(Api.demo(port, "penyalur.pnm").get().uri("/api/cooperations/" + lotara + path)
          .retrieve().toBodilessEntity().getStatusCode().value()).as(path).isEqualTo(200);
    }
    assertThat(Api.demo(port, "manajer").get().uri("/api/cooperations/999999").retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
    assertThat(Api.anonymous(port).get().uri("/api/cooperations").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(401);

    Map<String, Object> progress = Api.demo(port, "lotara.ekonomi").get()
        .uri("/api/cooperations/" + lotara + "/progress").retrieve().toEntity(OBJECT).getBody();
    assertThat(progress).containsEntry("targetDebtors", 1200).containsEntry("debtorsReached", 412)
        .containsEntry("reportsFiled", 4).containsEntry("pksNumber", "PKS-07/IP/2026");
    assertThat(((Number) progress.get("amountDisbursed")).longValue()).isEqualTo(2047500000L);
    assertThat(((Number) progress.get("debtorsPercent")).doubleValue()).isEqualTo(34.3);

    List<Map<String, Object>> timeline = Api.demo(port, "lotara.ekonomi").get()
        .uri("/api/cooperations/" + lotara + "/timeline").retrieve().toEntity(LIST).getBody();
    assertThat(timeline).extracting(e -> e.get("source")).contains("CAMUNDA",
        "coop_internal_decision", "coop_signature", "coop_disbursement_report", "coop_evaluation");
    assertThat(timeline).anySatisfy(e -> {
      assertThat(e.get("step")).isEqualTo("Persetujuan internal");
      assertThat(e.get("actor")).isEqualTo("lotara.sekda");
    });
    assertThat(timeline).anySatisfy(e -> {
      assertThat(e.get("step")).isEqualTo("Siapkan data program UMKM");
      assertThat(e.get("actor")).isEqualTo("lotara.ekonomi");
    });
    List<String> times = timeline.stream().map(e -> (String) e.get("at")).toList();
    assertThat(times).isSortedAccordingTo(
        (a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));

    Map<String, Object> detail = Api.demo(port, "pip.kerjasama").get()
        .uri("/api/cooperations/" + lotara).retrieve().toEntity(OBJECT).getBody();
    assertThat((List<?>) detail.get("programs")).hasSize(1);
    // the cross-OPD data request the cooperation ran in step 1, consolidated
    assertThat((List<Map<String, Object>>) detail.get("dataPackages")).singleElement()
        .satisfies(p -> assertThat((String) p.get("url")).startsWith("/api/data-packages/"));
    assertThat((List<?>) detail.get("signatures")).hasSize(5);
    assertThat((List<?>) detail.get("disbursementReports")).hasSize(4);
  }
}
