package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import id.sinergi.umi.SikpChecks;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The Penyalur's SIKP check inserted before a referral's follow-up: a graduate clear in SIKP
 * goes on to the Penyalur's follow-up; one with other programme credit ends the referral with
 * the reason the incubator reads; the check is recorded with the caller as who checked.
 */
@SinergiSpringTest
class SikpReferralProcessTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final List<String> PNM = List.of("penyalur-pnm");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CohortRepository cohorts;
  @Autowired CandidateRepository candidates;
  @Autowired ReferralRepository referrals;
  @Autowired SikpChecks sikp;
  @Autowired id.sinergi.document.DocumentService documents;
  @Autowired id.sinergi.kernel.caller.Callers callers;

  IncubationScenario scenario;
  LocalDate today = LocalDate.of(2033, 4, 4);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(IncubationScenario.at(today, 9));
    scenario = new IncubationScenario(engine, candidates);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** A Lombok Utara graduate of a new cohort, referred (Lombok Utara's cooperation distributes). */
  private ProcessInstance referred(Cohort cohort, String business) {
    Candidate graduate = candidates.save(new Candidate(cohort.getId(), business, "Pemilik "
        + business, IncubationScenario.nik(), null, "52.08", null, BusinessProfile.Sector.AGRO,
        BusinessProfile.Scale.ULTRA_MIKRO, BusinessProfile.Need.PEMBIAYAAN,
        Candidate.Source.MANUAL, "stipark.staf", OffsetDateTime.now()));
    ProcessInstance instance = engine.getRuntimeService()
        .createProcessInstanceByKey(IncubationVariables.PARTICIPANT_PROCESS)
        .setVariable("candidateId", graduate.getId())
        .startBeforeActivity("Task_ReferFinancing").execute();
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    assertThat(instance).isWaitingAt("Task_CheckSikp").task()
        .hasCandidateGroup("penyalur-pnm");
    return instance;
  }

  private Task sikpTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_CheckSikp").singleResult();
  }

  @Test
  void aGraduateClearInSikpGoesOnToThePenyalursFollowUp() {
    Cohort cohort = scenario.startCohort(5, today.plusWeeks(4), 12, cohorts);
    ProcessInstance instance = referred(cohort, "Kopi Robusta Santong");
    Task task = sikpTask(instance);
    assertThat(task.getName()).isEqualTo(
        "Periksa SIKP calon debitur: Kopi Robusta Santong — Lombok Utara");
    // Only the Penyalur works on it; a date not yet come is refused.
    assertThatThrownBy(() -> scenario.complete(task, "stipark.staf", List.of("stipark"),
        IncubationScenario.sikpCheck("CLEAR", null))).isNotNull();
    Map<String, Object> future = new java.util.HashMap<>(
        IncubationScenario.sikpCheck("CLEAR", null));
    future.put("checkedOn", today.plusDays(1).toString());
    assertThatThrownBy(() -> scenario.complete(task, "penyalur.pnm", PNM, future))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("belum terjadi");

    // The proof is optional: PNM attaches a PDF of the SIKP screen in the Dokumen tab.
    long proof = scenario.as("penyalur.pnm", PNM, () -> documents.upload(task.getId(),
        "BUKTI_SIKP", "sikp.pdf", id.sinergi.demo.ProcessDriver.PDF,
        callers.ofUser("penyalur.pnm")).getId());
    scenario.complete(task, "penyalur.pnm", PNM, IncubationScenario.sikpCheck("CLEAR", null));

    assertThat(instance).hasPassed("Task_CheckSikp").isWaitingAt("Task_FollowUpReferral");
    SikpChecks.SikpCheck check = sikp.latestOfProcess(instance.getId()).orElseThrow();
    assertThat(check.result()).isEqualTo(SikpChecks.SikpResult.CLEAR);
    assertThat(check.checkedBy()).isEqualTo("penyalur.pnm");
    assertThat(check.checkedOn()).isEqualTo(today);
    assertThat(check.penyalurCode()).isEqualTo("penyalur-pnm");
    assertThat(check.cooperationId()).isNotNull();
    assertThat(check.proofDocumentId()).isEqualTo(proof);
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  void otherProgrammeCreditInSikpEndsTheReferralWithTheReasonShownToTheIncubator() {
    Cohort cohort = scenario.startCohort(5, today.plusWeeks(4), 12, cohorts);
    ProcessInstance instance = referred(cohort, "Tenun Ikat Bayan");
    Task task = sikpTask(instance);
    // The finding must name the programme credit: the incubator reads it.
    assertThatThrownBy(() -> scenario.complete(task, "penyalur.pnm", PNM,
        IncubationScenario.sikpCheck("HAS_PROGRAM_CREDIT", null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Sebutkan kredit program");

    scenario.complete(task, "penyalur.pnm", PNM, IncubationScenario.sikpCheck(
        "HAS_PROGRAM_CREDIT", "KUR Mikro Bank NTB Syariah masih berjalan sampai 2034."));

    assertThat(instance).hasPassed("Task_CheckSikp").hasNotPassed("Task_FollowUpReferral")
        .isWaitingAt("Event_SixMonthsAfterGraduation");
    assertThat(instance).hasPassed("Gateway_SikpClear", "Gateway_ReferralDone");
    Referral referral = referrals.findByCandidateId(candidates.findByCohortIdOrderById(
        cohort.getId()).get(0).getId()).orElseThrow();
    assertThat(referral.getStatus()).isEqualTo(Referral.Status.STOPPED_BY_SIKP);

    List<Map<String, Object>> seen = Api.demo(port, "stipark.staf").get()
        .uri("/api/incubation/cohorts/" + cohort.getId() + "/referrals").retrieve()
        .toEntity(LIST).getBody();
    assertThat(seen).singleElement().satisfies(r -> {
      assertThat(r).containsEntry("status", "STOPPED_BY_SIKP")
          .containsEntry("statusText", "Dihentikan: ada kredit program lain di SIKP")
          .containsEntry("decidedBy", "penyalur.pnm");
      assertThat((String) r.get("reason")).contains("04/04/2033")
          .contains("KUR Mikro Bank NTB Syariah");
    });
    SikpChecks.SikpCheck check = sikp.latestOfProcess(instance.getId()).orElseThrow();
    assertThat(check.result()).isEqualTo(SikpChecks.SikpResult.HAS_PROGRAM_CREDIT);
    assertThat(check.proofDocumentId()).as("completed without the optional proof").isNull();
    // Another incubator's staff do not read this cohort's referrals.
    assertThat(Api.demo(port, "plut.konsultan").get()
        .uri("/api/incubation/cohorts/" + cohort.getId() + "/referrals").retrieve()
        .toBodilessEntity().getStatusCode().is4xxClientError()).isTrue();
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
  }
}
