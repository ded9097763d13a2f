package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationDriver.PENYALUR;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.caller.Affiliations;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What Tasklist's tabs ask the app for, as the users who open them: the Penyalur's "Dokumen"
 * tab of its PKS signature, the task-completion notice.
 */
@SinergiSpringTest
class CooperationTasklistTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final String PEMDA = "52.71";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DocumentService documents;
  @Autowired Affiliations affiliations;
  @Autowired CooperationRepository cooperations;

  CooperationDriver driver;

  @BeforeEach
  void init() {
    driver = new CooperationDriver(engine, documents);
    driver.affiliations = affiliations;
    driver.ensurePemdaUsers(PEMDA);
    CooperationTestSupport.closeOpen(engine, cooperations, PEMDA);
  }

  @AfterEach
  void end() {
    driver.asNobody();
    CooperationTestSupport.closeOpen(engine, cooperations, PEMDA);
  }

  /** Drives a new cooperation up to the three PKS signatures. */
  private ProcessInstance toPksSigning() {
    ProcessInstance instance = driver.toScheme(PEMDA);
    driver.complete(instance, "Task_ProposeScheme", CooperationDriver.PIP,
        CooperationDriver.scheme(1000));
    driver.complete(instance, "Task_ReviewScheme", CooperationDriver.ekonomi(PEMDA),
        Map.of("decision", "SETUJU"));
    driver.complete(instance, "Task_DraftAgreement", CooperationDriver.PIP,
        Map.of("title", "Dokumen Kesepakatan UMi", "commitments", "Sinergi data dan pendampingan."));
    driver.complete(instance, "Task_SignAgreementPemda", CooperationDriver.head(PEMDA),
        CooperationDriver.signature("DK-PEMDA/1"), "DOKUMEN_KESEPAKATAN_PEMDA");
    driver.complete(instance, "Task_SignAgreementPip", CooperationDriver.PIP_HEAD,
        CooperationDriver.signature("DK-PIP/1"), "DOKUMEN_KESEPAKATAN_PIP");
    driver.runAsyncJobs(instance);
    int year = id.sinergi.kernel.clock.EngineClock.today().getYear();
    driver.complete(instance, "Task_DraftPks", CooperationDriver.PIP,
        CooperationDriver.pks(year + "-01-01", (year + 1) + "-12-31"));
    return instance;
  }

  @Test
  void penyalurSeesAndUploadsItsPksInTheDocumentsTab() {
    ProcessInstance instance = toPksSigning();
    String taskId = driver.task(instance, "Task_SignPksPenyalur").getId();

    var tab = Api.demo(port, PENYALUR).get().uri("/api/tasks/" + taskId + "/documents")
        .retrieve().toEntity(OBJECT);
    assertThat(tab.getStatusCode().value()).as("%s", tab.getBody()).isEqualTo(200);
    assertThat((List<?>) tab.getBody().get("required")).hasSize(1);
    assertThat(tab.getBody().get("required").toString()).contains("PKS_PENYALUR", "PKS Penyalur");

    var form = new LinkedMultiValueMap<String, Object>();
    form.add("kind", "PKS_PENYALUR");
    form.add("file", new ByteArrayResource(CooperationDriver.PDF) {
      @Override
      public String getFilename() {
        return "pks-pnm.pdf";
      }
    });
    var uploaded = Api.demo(port, PENYALUR).post().uri("/api/tasks/" + taskId + "/documents")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(OBJECT);
    assertThat(uploaded.getStatusCode().value()).as("%s", uploaded.getBody()).isEqualTo(201);

    var after = Api.demo(port, PENYALUR).get().uri("/api/tasks/" + taskId + "/documents")
        .retrieve().toEntity(OBJECT);
    assertThat(after.getBody().get("required").toString()).contains("uploaded=true");
    assertThat(after.getBody().get("documents").toString())
        .contains("label=PKS Penyalur", "uploadedBy=penyalur.pnm", "uploadedByName=Made Sudarsana (PNM Wilayah NTB)");
  }

  /**
   * Sumbawa's demo data request: three OPDs asked, Diskop answered after the review task was
   * created. Opening the form computes the status again (a stale one is replaced).
   */
  @Test
  void coordinatorsReviewShowsTheCurrentAnswersWhenOpened() {
    var review = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewAnswers")
        .taskCandidateGroup("pemda-52.04-ekonomi").list();
    assertThat(review).isNotEmpty();
    String taskId = review.get(0).getId();
    engine.getTaskService().setVariableLocal(taskId, "reviewSummary", "0 dari 3 OPD sudah menjawab.");
    var opened = Api.demo(port, "sumbawa.ekonomi").get()
        .uri("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false")
        .retrieve().toEntity(OBJECT);
    assertThat(opened.getStatusCode().value()).isEqualTo(200);
    String rows = ((Map<?, ?>) opened.getBody().get("opdStatus")).get("value").toString();
    int answered = rows.split("\"status\":\"(Sudah menjawab|Menolak|Tidak menjawab)\"", -1).length - 1;
    assertThat(answered).isPositive();
    assertThat(((Map<?, ?>) opened.getBody().get("reviewSummary")).get("value").toString())
        .startsWith(answered + " dari 3 OPD sudah menjawab");
    assertThat(rows).contains("Syamsul Bahri").doesNotContain("\"sumbawa.diskop\"")
        .containsPattern("\\d\\d/\\d\\d/\\d{4}");
  }

  /** The data request the cooperation made first: its answers are shown and pre-filled. */
  @Test
  void programmeDataShowsWhatTheOpdsSent() {
    ProcessInstance instance = driver.start(CooperationDriver.ekonomi(PEMDA),
        CooperationService.PEMDA_REQUEST, PEMDA);
    String taskId = driver.task(instance, "Task_PrepareProgramData").getId();
    var opened = Api.as(port, CooperationDriver.ekonomi(PEMDA), "demo").get()
        .uri("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false")
        .retrieve().toEntity(OBJECT);
    assertThat(opened.getStatusCode().value()).as("%s", opened.getBody()).isEqualTo(200);
    assertThat(opened.getBody().get("opdDataSummary").toString()).contains("1 program");
    assertThat(opened.getBody().get("programs").toString()).contains("targetBusinesses");

    // A refusal names the field as the form labels it, not by its key.
    var refused = Api.as(port, CooperationDriver.ekonomi(PEMDA), "demo").post()
        .uri("/engine-rest/task/" + taskId + "/submit-form").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("variables", Map.of("programs", Map.of("value", "[]", "type", "Json"))))
        .retrieve().toEntity(OBJECT);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString())
        .contains("Program dukungan usaha ultra mikro").doesNotContain("'programs'");
  }

  @Test
  void summariesReadAsWordsAndIndonesianNumbers() {
    assertThat(CooperationSummaries.synergies("DATA_CALON_DEBITUR,PENDAMPINGAN"))
        .isEqualTo("data calon debitur, pendampingan");
    assertThat(CooperationSummaries.penyalur("penyalur-pnm"))
        .isEqualTo("PT Permodalan Nasional Madani (PNM)");
    assertThat(CooperationSummaries.percent(new java.math.BigDecimal("0.0"))).isEqualTo("0,0 %");
    assertThat(CooperationSummaries.percent(new java.math.BigDecimal("34.3"))).isEqualTo("34,3 %");
    assertThat(id.sinergi.document.DocumentKinds.label("PKS_PEMDA")).isEqualTo("PKS Pemda");
    assertThat(id.sinergi.document.DocumentKinds.label("BERITA_ACARA_PKS"))
        .isEqualTo("Berita acara PKS");
    assertThat(id.sinergi.kernel.form.IndonesianFormat.date(java.time.LocalDate.of(2026, 3, 1)))
        .isEqualTo("01/03/2026");
    assertThat(id.sinergi.kernel.form.IndonesianFormat.number(1000000.5)).isEqualTo("1.000.000,5");
  }
}
