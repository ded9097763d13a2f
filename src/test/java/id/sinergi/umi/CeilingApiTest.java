package id.sinergi.umi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The ceiling as a dated setting through REST: the seeded history, the row in force on a day,
 * administrators only may add a row, and bad input is refused in Indonesian.
 */
@SinergiSpringTest
class CeilingApiTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired
  id.sinergi.cooperation.CooperationDirectory directory;

  private ResponseEntity<Map<String, Object>> inForce(String user, String date) {
    return Api.demo(port, user).get().uri("/api/umi/ceilings/in-force?date=" + date).retrieve()
        .toEntity(OBJECT);
  }

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return Api.demo(port, user).post().uri("/api/umi/ceilings")
        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(OBJECT);
  }

  @Test
  void theSeededHistoryAnswersWhichCeilingWasInForce() {
    List<Map<String, Object>> all = Api.demo(port, "penyalur.pnm").get().uri("/api/umi/ceilings")
        .retrieve().toEntity(LIST).getBody();
    assertThat(all).extracting(c -> ((Number) c.get("amount")).longValue())
        .startsWith(10_000_000L, 20_000_000L, 20_000_000L);
    assertThat(all.get(0).get("dateAssumed")).isEqualTo(true);
    assertThat(((Number) inForce("pip.kerjasama", "2018-06-30").getBody().get("amount"))
        .longValue()).isEqualTo(10_000_000L);
    assertThat(((Number) inForce("pip.kerjasama", "2020-03-01").getBody().get("amount"))
        .longValue()).isEqualTo(20_000_000L);
    assertThat((String) inForce("manajer", "2026-03-01").getBody().get("legalBasis"))
        .contains("PMK 130");
    ResponseEntity<Map<String, Object>> before = inForce("manajer", "2016-12-31");
    assertThat(before.getStatusCode().value()).isEqualTo(404);
    assertThat((String) before.getBody().get("message")).contains("31/12/2016");
    assertThat(Api.anonymous(port).get().uri("/api/umi/ceilings").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void onlyAdministratorsAddARowAndItAppliesFromItsDay() {
    Map<String, Object> body = Map.of("amount", 35_000_000, "validFrom", "2045-07-01",
        "legalBasis", "Keputusan Direktur Utama PIP nomor KEP-99/IP/2045",
        "reason", "Uji: plafon baru dari PIP untuk 2045");
    assertThat(post("pip.kerjasama", body).getStatusCode().value()).isEqualTo(403);
    assertThat(post("manajer", body).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<Map<String, Object>> created = post("admin", body);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getBody().get("createdBy")).isEqualTo("admin");
    assertThat(((Number) inForce("penyalur.pnm", "2045-07-01").getBody().get("amount"))
        .longValue()).isEqualTo(35_000_000L);
    assertThat(((Number) inForce("penyalur.pnm", "2045-06-30").getBody().get("amount"))
        .longValue()).isNotEqualTo(35_000_000L);
  }

  @Test
  void badRowsAreRefusedWithEveryReasonInIndonesian() {
    ResponseEntity<Map<String, Object>> refused = post("admin", Map.of("amount", -5,
        "legalBasis", "x"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    String body = refused.getBody().toString();
    assertThat(body).contains("harus lebih dari 0").contains("Berlaku sejak")
        .contains("Dasar hukum").doesNotContain("java.");
    assertThat(post("admin", Map.of("amount", 1_000_000_000_000L, "validFrom", "2046-01-01",
        "legalBasis", "PMK contoh")).getBody().toString()).contains("periksa jumlah nol");
    assertThat(post("admin", Map.of("amount", "dua puluh juta", "validFrom", "2046-01-01",
        "legalBasis", "PMK contoh")).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  @SuppressWarnings("unchecked")
  void lombokUtarasDemoReportsCarryTheirDebtorsSikpChecksAndCeiling() {
    long id = directory.inDistribution("52.08").orElseThrow().cooperationId();
    Map<String, Object> view = Api.demo(port, "pip.kerjasama").get()
        .uri("/api/umi/cooperations/" + id).retrieve().toEntity(OBJECT).getBody();
    List<Map<String, Object>> reports = (List<Map<String, Object>>) view.get("reports");
    assertThat(reports).extracting(r -> r.get("month") + " " + r.get("basis") + " "
        + ((Number) r.get("ceilingAmount")).longValue()).containsExactly(
            "07/2026 DEBTOR_LIST 20000000", "08/2026 DEBTOR_LIST 20000000",
            "09/2026 DEBTOR_LIST 20000000", "10/2026 DEBTOR_LIST 20000000");
    assertThat(reports).allSatisfy(r -> assertThat((String) r.get("legalBasis"))
        .contains("PMK 130"));
    List<Map<String, Object>> debtors = (List<Map<String, Object>>) view.get("debtors");
    assertThat(debtors).hasSize(84 + 97 + 121 + 110)
        .allSatisfy(d -> assertThat(d.get("sikpResult")).isNotNull());
    assertThat((List<?>) view.get("sikpChecks")).hasSizeGreaterThanOrEqualTo(412);
    assertThat((List<Map<String, Object>>) view.get("flags"))
        .extracting(f -> f.get("month") + " " + f.get("kind"))
        .containsExactlyInAnyOrder("08/2026 DUPLICATE_IN_PERIOD", "09/2026 SIKP_PROGRAM_CREDIT");
    long ceilingId = ((Number) reports.get(0).get("ceilingId")).longValue();
    List<Map<String, Object>> checked = Api.demo(port, "admin").get()
        .uri("/api/umi/ceilings/" + ceilingId + "/reports").retrieve().toEntity(LIST).getBody();
    assertThat(checked).filteredOn(r -> ((Number) r.get("cooperationId")).longValue() == id)
        .extracting(r -> r.get("month")).containsExactly("07/2026", "08/2026", "09/2026", "10/2026");
    assertThat(Api.demo(port, "penyalur.pnm").get().uri("/api/umi/ceilings/" + ceilingId
        + "/reports").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(Api.demo(port, "penyalur.pnm").get().uri("/api/umi/cooperations/" + id)
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    assertThat(Api.demo(port, "sumbawa.ekonomi").get().uri("/api/umi/cooperations/" + id)
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
  }
}
