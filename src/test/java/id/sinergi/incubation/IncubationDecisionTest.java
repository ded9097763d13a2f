package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two DMN tables as deployed from processes/, evaluated by Camunda's DMN engine. */
class IncubationDecisionTest {

  static DmnEngine dmn;
  static DmnDecision graduation;
  static DmnDecision trainingFit;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    graduation = decision("incubation-graduation");
    trainingFit = decision("incubation-training-fit");
  }

  private static DmnDecision decision(String id) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes", id + ".dmn"))) {
      return dmn.parseDecision(id, in);
    }
  }

  @ParameterizedTest(name = "attendance {0}%, average {1}, lowest {2} -> {3}")
  @CsvSource({
      "100, 4.0, 3, true, memenuhi syarat",
      "75, 3.0, 2, true, memenuhi syarat",
      "74.99, 5.0, 5, false, Kehadiran di bawah 75%",
      "32.69, 4.0, 4, false, Kehadiran di bawah 75%",
      "90, 3.8, 1, false, nilai di bawah 2",
      "90, 2.8, 2, false, Rata-rata capaian",
      "0, 1.0, 1, false, Kehadiran di bawah 75%"})
  void graduationNeedsAttendanceAndOutcomes(double attendance, double average, int lowest,
      boolean graduated, String reason) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(graduation, Map.of(
        "attendanceRate", attendance, "averageScore", average, "lowestScore", lowest))
        .getSingleResult();
    assertThat(result.<Boolean>getEntry("graduated")).isEqualTo(graduated);
    assertThat(result.<String>getEntry("reason")).contains(reason);
  }

  @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
  @CsvSource({
      "PANGAN_OLAHAN, ULTRA_MIKRO, PEMASARAN, Dasar usaha pangan olahan, DISPERIN, P-IRT",
      "PANGAN_OLAHAN, MIKRO, KEMASAN, Kemasan dan merek pangan, DISPERIN, kemas",
      "PANGAN_OLAHAN, KECIL, PERIZINAN, Legalitas dan standar pangan, DISPERIN, izin",
      "PANGAN_OLAHAN, MIKRO, PEMBIAYAAN, Peningkatan produksi pangan olahan, DISPERIN, produksi",
      "FESYEN, MIKRO, PRODUKSI, Teknik fabrikasi dan mutu, DISPERIN, fabrikasi",
      "KERAJINAN, MIKRO, PEMASARAN, 'Desain, kemasan dan pasar kerajinan', DISPERIN, pasar",
      "AGRO, ULTRA_MIKRO, PEMBIAYAAN, Kesiapan pembiayaan, DISKOP, UMi",
      "JASA, MIKRO, PEMASARAN, Akses pasar dan jejaring, DISKOP, jejaring",
      "JASA, KECIL, PRODUKSI, Pengembangan usaha kecil, DISKOP, naik kelas",
      "AGRO, MIKRO, PRODUKSI, Pra-inkubasi umum, DISKOP, kurikulum inti"})
  void trainingFitsTheBusinessAndSaysWhy(String sector, String scale, String need, String track,
      String dinas, String rationale) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(trainingFit, Map.of(
        "sector", sector, "scale", scale, "need", need)).getSingleResult();
    assertThat(result.<String>getEntry("track")).isEqualTo(track);
    assertThat(result.<String>getEntry("dinasKind")).isEqualTo(dinas);
    assertThat(result.<String>getEntry("rationale")).containsIgnoringCase(rationale);
    assertThat(result.<String>getEntry("modules")).isNotBlank();
    for (String module : result.<String>getEntry("modules").split(", ")) {
      assertThat(CohortPlanning.DEFAULT_MODULES).as("module of track %s", track)
          .contains(module);
    }
  }
}
