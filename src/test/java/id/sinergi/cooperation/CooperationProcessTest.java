package id.sinergi.cooperation;

import id.sinergi.kernel.cases.Cases;

import id.sinergi.kernel.caller.Affiliations;

import static id.sinergi.cooperation.CooperationDriver.PENYALUR;
import static id.sinergi.cooperation.CooperationDriver.PIP;
import static id.sinergi.cooperation.CooperationDriver.ekonomi;
import static id.sinergi.cooperation.CooperationDriver.finalEvaluation;
import static id.sinergi.cooperation.CooperationDriver.quarterly;
import static id.sinergi.cooperation.CooperationDriver.report;
import static id.sinergi.cooperation.CooperationDriver.sekda;
import static id.sinergi.cooperation.CooperationDriver.study;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.support.SinergiSpringTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of pip-pemda-cooperation, driven through the engine with the generic form layer
 * (server-side form rules, handlers, required documents). Each test uses its own Pemda, one
 * without demo data, and ends the instances it leaves open.
 */
@SinergiSpringTest
class CooperationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired DocumentService documents;
  @Autowired Affiliations affiliations;
  @Autowired Cases cases;
  @Autowired CooperationData data;
  @Autowired CooperationRepository cooperations;

  CooperationDriver driver;
  String pemda;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new CooperationDriver(engine, documents);
    driver.affiliations = affiliations;
  }

  @AfterEach
  void endOpenCooperation() {
    driver.asNobody();
    if (pemda != null) {
      CooperationTestSupport.closeOpen(engine, cooperations, pemda);
    }
  }

  private void usePemda(String code) {
    pemda = code;
    driver.ensurePemdaUsers(code);
    CooperationTestSupport.closeOpen(engine, cooperations, code);
  }

  private Cooperation cooperationOf(ProcessInstance instance) {
    return cooperations.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  @Test
  void happyPathRunsFromTheRequestThroughParallelSigningToClosure() {
    usePemda("52.01");
    ProcessInstance instance = driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    int year = id.sinergi.kernel.clock.EngineClock.today().getYear();
    assertThat(instance.getBusinessKey()).matches("KS-52\\.01-" + year + "-\\d{3}");
    assertThat(instance).isWaitingAt("Task_PrepareProgramData");
    assertThat(instance).task().hasCandidateGroup("pemda-52.01-ekonomi");
    assertThat(driver.task(instance, "Task_PrepareProgramData").getName())
        .isEqualTo("Siapkan data program UMKM — Lombok Barat");

    driver.toStudy(instance, pemda);
    assertThat(instance).isWaitingAt("Task_StudyCooperation").task().hasCandidateGroup("pip-kerjasama");
    driver.complete(instance, "Task_StudyCooperation", PIP, study("LAYAK"));
    assertThat(instance).isWaitingAt("Task_ProposeScheme");

    driver.complete(instance, "Task_ProposeScheme", PIP, CooperationDriver.scheme(1000));
    driver.complete(instance, "Task_ReviewScheme", ekonomi(pemda), Map.of("decision", "SETUJU"));
    driver.complete(instance, "Task_DraftAgreement", PIP, Map.of("title", "Dokumen Kesepakatan",
        "commitments", "Sinergi data calon debitur, pendampingan dan pelatihan."));
    // Both heads sign in parallel, each in their own group.
    assertThat(instance).isWaitingAt("Task_SignAgreementPemda", "Task_SignAgreementPip");
    assertThat(driver.task(instance, "Task_SignAgreementPemda").getName()).startsWith("Tandatangani");
    assertThat(instance).task("Task_SignAgreementPemda").hasCandidateGroup("pemda-52.01-kepala-daerah");
    assertThat(instance).task("Task_SignAgreementPip").hasCandidateGroup("pip-kerjasama-kepala");
    driver.complete(instance, "Task_SignAgreementPip", CooperationDriver.PIP_HEAD,
        CooperationDriver.signature("DK-PIP/9"), "DOKUMEN_KESEPAKATAN_PIP");
    driver.runAsyncJobs(instance);
    assertThat(instance).isWaitingAt("Task_SignAgreementPemda");
    driver.complete(instance, "Task_SignAgreementPemda", CooperationDriver.head(pemda),
        CooperationDriver.signature("DK-PEMDA/9"), "DOKUMEN_KESEPAKATAN_PEMDA");
    driver.runAsyncJobs(instance);
    driver.complete(instance, "Task_DraftPks", PIP, CooperationDriver.pks("2026-01-01", "2026-03-31"));
    assertThat(instance).isWaitingAt("Task_SignPksPemda", "Task_SignPksPip", "Task_SignPksPenyalur");
    assertThat(instance).task("Task_SignPksPenyalur").hasCandidateGroup("penyalur-pnm");
    driver.complete(instance, "Task_SignPksPenyalur", PENYALUR,
        CooperationDriver.signature("PNM/1"), "PKS_PENYALUR");
    driver.complete(instance, "Task_SignPksPip", CooperationDriver.PIP_HEAD,
        CooperationDriver.signature("PIP/1"), "PKS_PIP");
    driver.complete(instance, "Task_SignPksPemda", CooperationDriver.head(pemda),
        CooperationDriver.signature("PEMDA/1"), "PKS_PEMDA");
    driver.runAsyncJobs(instance);

    // Distribution: three monthly reports and one quarterly evaluation, then the final one.
    assertThat(instance).isWaitingAt("Timer_MonthEnded", "Timer_QuarterEnded");
    assertThat(cooperationOf(instance).status).isEqualTo(CooperationStatus.DISTRIBUTION);
    for (String month : new String[] {"2026-01", "2026-02", "2026-03"}) {
      driver.fireTimer(instance, "Timer_MonthEnded");
      assertThat(instance).task("Task_ReportDisbursement").hasCandidateGroup("penyalur-pnm");
      driver.complete(instance, "Task_ReportDisbursement", PENYALUR, report(month, 100, 1000000000L));
    }
    driver.fireTimer(instance, "Timer_QuarterEnded");
    driver.complete(instance, "Task_EvaluateQuarter", PIP, quarterly());
    driver.runAsyncJobs(instance);
    assertThat(instance).isWaitingAt("Task_FinalEvaluation");
    driver.complete(instance, "Task_FinalEvaluation", PIP, finalEvaluation("TUTUP", null));

    assertThat(instance).isEnded().hasPassed("EndEvent_CooperationClosed");
    Cooperation cooperation = cooperationOf(instance);
    assertThat(cooperation.status).isEqualTo(CooperationStatus.CLOSED);
    assertThat(cooperation.openPemdaCode).isNull();
    assertThat(cooperation.penyalurCode).isEqualTo("penyalur-pnm");
    assertThat(data.programs.findByCooperationIdOrderById(cooperation.id)).hasSize(1);
    assertThat(data.signatures.findByCooperationIdOrderById(cooperation.id)).hasSize(5);
    assertThat(data.reports.findByCooperationIdOrderById(cooperation.id)).hasSize(3);
    assertThat(data.evaluations.findByCooperationIdOrderById(cooperation.id))
        .extracting(e -> e.kind).containsExactly(EvaluationKind.QUARTERLY, EvaluationKind.FINAL);
    // The submitted fields left the process; only keys and flags remain.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("debtorsReached").count()).isZero();
  }

  @Test
  void pipOfferDeclinedByThePemdaEndsWithTheReason() {
    usePemda("52.03");
    ProcessInstance instance = driver.start(PIP, CooperationService.PIP_OFFER, pemda);
    assertThat(instance).isWaitingAt("Task_AnswerOffer").task().hasCandidateGroup("pemda-52.03-ekonomi");
    assertThat(cooperationOf(instance).status).isEqualTo(CooperationStatus.OFFERED);
    driver.complete(instance, "Task_AnswerOffer", ekonomi(pemda),
        Map.of("decision", "TOLAK", "declineReason", "Anggaran daerah tahun ini belum tersedia."));
    assertThat(instance).isEnded().hasPassed("EndEvent_OfferDeclined");
    Cooperation cooperation = cooperationOf(instance);
    assertThat(cooperation.status).isEqualTo(CooperationStatus.DECLINED);
    assertThat(cooperation.closedReason).contains("Anggaran daerah tahun ini belum tersedia");
  }

  @Test
  void theOpdsAreAskedForDataBeforeStepOneAndAgainWhenTheStudyNeedsMore() {
    usePemda("52.07");
    driver.answersDataRequests = false;
    ProcessInstance instance = driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    assertThat(instance).isWaitingAt("Task_RequestProgramData");
    ProcessInstance request = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(request.getTenantId()).isEqualTo(pemda);
    assertThat(cases.of(request.getId()).getPemdaCode()).isEqualTo(pemda);
    assertThat(cases.of(request.getId()).groups("requester")).containsExactly("pemda-52.07-ekonomi");
    assertThat(engine.getRuntimeService().getVariables(request.getId()))
        .containsEntry("callerReference", instance.getBusinessKey())
        .containsEntry("dataKinds", "PROGRAM,MENTOR,TRAINING,BUSINESS_ACTOR");
    assertThat(request.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    id.sinergi.datarequest.DataRequestDriver.collectFromOneOpd(engine, instance.getId());
    assertThat(instance).isWaitingAt("Task_PrepareProgramData");
    Object firstPackage = engine.getRuntimeService().getVariable(instance.getId(), "dataPackageId");
    assertThat(firstPackage).isNotNull();

    driver.toStudy(instance, pemda);
    driver.complete(instance, "Task_StudyCooperation", PIP, study("PERLU_DATA"));
    assertThat(instance).isWaitingAt("Task_RequestStudyData");
    ProcessInstance more = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(engine.getRuntimeService().getVariable(more.getId(), "dataKinds"))
        .isEqualTo("BUSINESS_ACTOR,PROGRAM");
    id.sinergi.datarequest.DataRequestDriver.collectFromOneOpd(engine, instance.getId());
    assertThat(instance).isWaitingAt("Task_SupplementStudyData");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "dataPackageId"))
        .isNotEqualTo(firstPackage);
  }

  @Test
  void acceptedOfferLeadsToTheProgrammeData() {
    usePemda("52.03");
    ProcessInstance instance = driver.start(PIP, CooperationService.PIP_OFFER, pemda);
    driver.complete(instance, "Task_AnswerOffer", ekonomi(pemda), Map.of("decision", "TERIMA"));
    assertThat(instance).isWaitingAt("Task_PrepareProgramData");
    assertThat(cooperationOf(instance).status).isEqualTo(CooperationStatus.PREPARATION);
  }

  @Test
  void sekdaSendsTheDataBackWithNotesAndTheCoordinatorSeesThem() {
    usePemda("52.05");
    ProcessInstance instance = driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    driver.complete(instance, "Task_PrepareProgramData", ekonomi(pemda), CooperationDriver.programmeData());
    assertThat(instance).isWaitingAt("Task_ApproveInternally").task().hasCandidateGroup("pemda-52.05-sekda");
    driver.complete(instance, "Task_ApproveInternally", sekda(pemda), sekda(false));
    assertThat(instance).isWaitingAt("Task_PrepareProgramData");
    String taskId = driver.task(instance, "Task_PrepareProgramData").getId();
    assertThat((String) engine.getTaskService().getVariableLocal(taskId, "previousNotes"))
        .contains("Lengkapi anggaran program Dinas Perindustrian");
    assertThat(engine.getTaskService().getVariableLocal(taskId, "programs").toString())
        .contains("Subsidi bunga UMKM");
    driver.complete(instance, "Task_PrepareProgramData", ekonomi(pemda), CooperationDriver.programmeData());
    driver.complete(instance, "Task_ApproveInternally", sekda(pemda), sekda(true));
    assertThat(instance).isWaitingAt("Task_SubmitRequestLetter");
    long id = cooperationOf(instance).id;
    assertThat(data.decisions.findByCooperationIdOrderById(id)).extracting(d -> d.approved)
        .containsExactly(false, true);
    assertThat(data.programs.findByCooperationIdOrderById(id)).hasSize(1);
  }

  @Test
  void studyAsksForMoreDataAndStudiesAgain() {
    usePemda("52.06");
    ProcessInstance instance = driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    driver.toStudy(instance, pemda);
    driver.complete(instance, "Task_StudyCooperation", PIP, study("PERLU_DATA"));
    assertThat(instance).isWaitingAt("Task_SupplementStudyData").task()
        .hasCandidateGroup("pemda-52.06-ekonomi");
    driver.complete(instance, "Task_SupplementStudyData", ekonomi(pemda), Map.of(
        "supplementNotes", "Data calon debitur dari 12 kecamatan terlampir.",
        "additionalPrograms", CooperationDriver.json("[{\"type\":\"GOODS_GRANT\",\"name\":\"Hibah "
            + "gerobak\",\"budget\":200000000,\"year\":2026,\"opd\":\"disperin\",\"targetBusinesses\":50}]")));
    assertThat(instance).isWaitingAt("Task_StudyCooperation");
    driver.complete(instance, "Task_StudyCooperation", PIP, study("LAYAK"));
    assertThat(instance).isWaitingAt("Task_ProposeScheme");
    long id = cooperationOf(instance).id;
    assertThat(data.studies.findByCooperationIdOrderById(id)).extracting(s -> s.outcome)
        .containsExactly(StudyOutcome.MORE_DATA, StudyOutcome.FEASIBLE);
    assertThat(data.programs.findByCooperationIdOrderById(id)).hasSize(2);
  }

  @Test
  void notFeasibleEndsTheCooperationAndTellsThePemda() {
    usePemda("52.06");
    ProcessInstance instance = driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    driver.toStudy(instance, pemda);
    driver.complete(instance, "Task_StudyCooperation", PIP, study("TIDAK_LAYAK"));
    assertThat(instance).isWaitingAt("Task_AcknowledgeNotFeasible").task()
        .hasCandidateGroup("pemda-52.06-ekonomi");
    String taskId = driver.task(instance, "Task_AcknowledgeNotFeasible").getId();
    assertThat((String) engine.getTaskService().getVariableLocal(taskId, "rejectionReason"))
        .contains("Tidak ada Penyalur");
    driver.complete(instance, "Task_AcknowledgeNotFeasible", ekonomi(pemda), Map.of("acknowledged", true));
    assertThat(instance).isEnded().hasPassed("EndEvent_NotFeasible");
    Cooperation cooperation = cooperationOf(instance);
    assertThat(cooperation.status).isEqualTo(CooperationStatus.NOT_FEASIBLE);
    assertThat(cooperation.closedReason).contains("Tidak ada Penyalur");
  }

  @Test
  void pemdaCounterProposesAndPipProposesAgain() {
    usePemda("52.07");
    ProcessInstance instance = driver.toScheme(pemda);
    driver.complete(instance, "Task_ProposeScheme", PIP, CooperationDriver.scheme(1000));
    driver.complete(instance, "Task_ReviewScheme", ekonomi(pemda), Map.of("decision", "USUL_BALIK",
        "counterNotes", "Target debitur terlalu tinggi untuk tahun pertama.",
        "counterTargetDebtors", 600));
    assertThat(instance).isWaitingAt("Task_ProposeScheme");
    String taskId = driver.task(instance, "Task_ProposeScheme").getId();
    assertThat((String) engine.getTaskService().getVariableLocal(taskId, "counterProposal"))
        .contains("terlalu tinggi").contains("600");
    driver.complete(instance, "Task_ProposeScheme", PIP, CooperationDriver.scheme(600));
    driver.complete(instance, "Task_ReviewScheme", ekonomi(pemda), Map.of("decision", "SETUJU"));
    assertThat(instance).isWaitingAt("Task_DraftAgreement");
    assertThat(cases.of(instance.getId()).groups("penyalur")).containsExactly("penyalur-pnm");
    assertThat(data.schemes.findByCooperationIdOrderById(cooperationOf(instance).id))
        .extracting(s -> s.round + ":" + s.response).containsExactly("1:USUL_BALIK", "2:SETUJU");
  }

  @Test
  void finalEvaluationExtendsWithANewPeriodThenCloses() {
    usePemda("52.71");
    ProcessInstance instance = driver.toScheme(pemda);
    driver.toDistribution(instance, pemda, "2026-01-01", "2026-01-31");
    driver.fireTimer(instance, "Timer_MonthEnded");
    driver.complete(instance, "Task_ReportDisbursement", PENYALUR, report("2026-01", 50, 500000000L));
    driver.fireTimer(instance, "Timer_QuarterEnded");
    driver.complete(instance, "Task_EvaluateQuarter", PIP, quarterly());
    driver.runAsyncJobs(instance);
    driver.complete(instance, "Task_FinalEvaluation", PIP, finalEvaluation("PERPANJANG", "2026-02-28"));
    // The new period runs the same monthly and quarterly loops.
    assertThat(instance).isWaitingAt("Timer_MonthEnded", "Timer_QuarterEnded");
    driver.fireTimer(instance, "Timer_MonthEnded");
    String taskId = driver.task(instance, "Task_ReportDisbursement").getId();
    assertThat(engine.getTaskService().getVariableLocal(taskId, "month")).isEqualTo("2026-02");
    driver.complete(instance, "Task_ReportDisbursement", PENYALUR, report("2026-02", 70, 700000000L));
    driver.fireTimer(instance, "Timer_QuarterEnded");
    driver.complete(instance, "Task_EvaluateQuarter", PIP, quarterly());
    driver.runAsyncJobs(instance);
    driver.complete(instance, "Task_FinalEvaluation", PIP, finalEvaluation("TUTUP", null));
    assertThat(instance).isEnded().hasPassed("EndEvent_CooperationClosed");
    long id = cooperationOf(instance).id;
    assertThat(data.periods.findByCooperationIdOrderById(id)).extracting(p -> p.startDate + ".." + p.endDate)
        .containsExactly("2026-01-01..2026-01-31", "2026-02-01..2026-02-28");
    assertThat(data.reports.findByCooperationIdOrderById(id)).hasSize(2);
  }

  @Test
  void serverRefusesBadSubmissionsAndLeavesTheTaskOpenWithNothingSaved() {
    usePemda("52.72");
    ProcessInstance instance = driver.toScheme(pemda);
    long id = cooperationOf(instance).id;

    // A second open cooperation for the same Pemda is refused; no instance is created.
    long instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CooperationVariables.PROCESS_KEY).count();
    assertThatThrownBy(() -> driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sudah memiliki kerja sama yang masih berjalan");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CooperationVariables.PROCESS_KEY).count()).isEqualTo(instances);

    // PKS end before start.
    driver.complete(instance, "Task_ProposeScheme", PIP, CooperationDriver.scheme(1000));
    driver.complete(instance, "Task_ReviewScheme", ekonomi(pemda), Map.of("decision", "SETUJU"));
    driver.complete(instance, "Task_DraftAgreement", PIP, Map.of("title", "DK",
        "commitments", "Sinergi data calon debitur dan pendampingan usaha."));
    driver.complete(instance, "Task_SignAgreementPemda", CooperationDriver.head(pemda),
        CooperationDriver.signature("A"), "DOKUMEN_KESEPAKATAN_PEMDA");
    driver.complete(instance, "Task_SignAgreementPip", CooperationDriver.PIP_HEAD,
        CooperationDriver.signature("B"), "DOKUMEN_KESEPAKATAN_PIP");
    driver.runAsyncJobs(instance);
    assertThatThrownBy(() -> driver.complete(instance, "Task_DraftPks", PIP,
        CooperationDriver.pks("2026-06-30", "2026-01-01")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("periode selesai harus setelah periode mulai");
    assertThat(instance).isWaitingAt("Task_DraftPks");
    assertThat(data.pks.findByCooperationId(id)).isEmpty();
    assertThat(data.periods.findByCooperationIdOrderById(id)).isEmpty();

    // A negative amount is refused by the form's own rule (min 0).
    Map<String, Object> negative = new HashMap<>(CooperationDriver.pks("2026-01-01", "2026-06-30"));
    negative.put("targetAmount", -5);
    assertThatThrownBy(() -> driver.complete(instance, "Task_DraftPks", PIP, negative))
        .isInstanceOf(InvalidInputException.class);
    assertThat(data.pks.findByCooperationId(id)).isEmpty();

    driver.complete(instance, "Task_DraftPks", PIP, CooperationDriver.pks("2026-01-01", "2026-06-30"));
    driver.complete(instance, "Task_SignPksPemda", CooperationDriver.head(pemda),
        CooperationDriver.signature("C"), "PKS_PEMDA");
    driver.complete(instance, "Task_SignPksPip", CooperationDriver.PIP_HEAD,
        CooperationDriver.signature("D"), "PKS_PIP");
    driver.complete(instance, "Task_SignPksPenyalur", PENYALUR, CooperationDriver.signature("E"),
        "PKS_PENYALUR");
    driver.runAsyncJobs(instance);
    driver.fireTimer(instance, "Timer_MonthEnded");

    // A report outside the PKS period.
    assertThatThrownBy(() -> driver.complete(instance, "Task_ReportDisbursement", PENYALUR,
        report("2026-07", 10, 1000L)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("di luar periode PKS");
    assertThat(data.reports.findByCooperationIdOrderById(id)).isEmpty();
    assertThat(instance).isWaitingAt("Task_ReportDisbursement");

    driver.complete(instance, "Task_ReportDisbursement", PENYALUR, report("2026-01", 10, 1000L));
    driver.fireTimer(instance, "Timer_MonthEnded");
    // The same month twice.
    assertThatThrownBy(() -> driver.complete(instance, "Task_ReportDisbursement", PENYALUR,
        report("2026-01", 12, 2000L)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sudah ada");
    assertThat(data.reports.findByCooperationIdOrderById(id)).hasSize(1);
    assertThat(instance).isWaitingAt("Task_ReportDisbursement");

  }

  @Test
  void pemdaStaffCannotStartForAnotherPemda() {
    usePemda("52.05");
    assertThatThrownBy(() -> driver.start("loteng.ekonomi", CooperationService.PEMDA_REQUEST, pemda))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Pemda Anda sendiri");
    assertThatThrownBy(() -> driver.start("loteng.ekonomi", CooperationService.PIP_OFFER, pemda))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("hanya staf PIP");
    assertThat(cooperations.findByOpenPemdaCode(pemda)).isEmpty();
  }

  @Test
  void aUserOfAnotherPemdaCannotSeeClaimOrCompleteTheTasks() {
    usePemda("52.05");
    ProcessInstance instance = driver.start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    String taskId = driver.task(instance, "Task_PrepareProgramData").getId();
    driver.as("loteng.ekonomi");
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
      assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "loteng.ekonomi"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
          CooperationDriver.programmeData()))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      driver.asNobody();
    }
    driver.as(ekonomi(pemda));
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    } finally {
      driver.asNobody();
    }
    assertThat(instance).isWaitingAt("Task_PrepareProgramData");
    assertThat(data.programs.findByCooperationIdOrderById(cooperationOf(instance).id)).isEmpty();
  }
}
