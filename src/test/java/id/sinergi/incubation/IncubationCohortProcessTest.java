package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.support.SinergiSpringTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A demo-sized cohort through the whole lifecycle, as in the issue: 8 candidates, 6 verified,
 * 5 selected, a year of weekly classes driven by timers, monthly mentoring, mid-term and final
 * assessments, 4 graduate and 1 fails on attendance, handover to the technical Dinas, financing
 * referral (to the Penyalur of Lombok Utara's cooperation in distribution, and recorded as
 * demand for Sumbawa, which has none), follow-up after six months.
 */
@SinergiSpringTest
class IncubationCohortProcessTest {

  static final List<String> STIPARK = List.of("stipark");

  @Autowired ProcessEngine engine;
  @Autowired CohortRepository cohorts;
  @Autowired CandidateRepository candidates;
  @Autowired ClassSessionRepository sessions;
  @Autowired MentoringNoteRepository notes;
  @Autowired ReferralRepository referrals;
  @Autowired FosteredBusinessRepository fostered;
  @Autowired CohortReports reports;
  @Autowired id.sinergi.cooperation.CooperationDirectory directory;

  IncubationScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(IncubationScenario.at(LocalDate.of(2031, 1, 6), 9));
    scenario = new IncubationScenario(engine, candidates);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aDemoSizedCohortRunsFromPlanToFollowUp() {
    LocalDate start = LocalDate.of(2031, 3, 3);
    Cohort cohort = scenario.startCohort(5, start, 12, cohorts);
    ProcessInstance cohortInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(scenario.cohortInstanceId).singleResult();
    assertThat(cohortInstance).isWaitingAt("Task_RecruitCandidates");
    assertThat(cohort.getSessionCount()).isEqualTo(52);
    Task recruit = scenario.task("Task_RecruitCandidates");
    assertThat(recruit.getName()).isEqualTo("Rekrut calon peserta — Lombok Timur");
    assertThat(engine.getTaskService().getIdentityLinksForTask(recruit.getId()))
        .anyMatch(l -> "stipark".equals(l.getGroupId()));

    // Eight candidates in two recruiting rounds; the second round closes recruitment.
    List<Map<String, Object>> first = List.of(
        row("Dodol Rumput Laut Inaq Sari", "52.08", "PANGAN_OLAHAN", "ULTRA_MIKRO", "KEMASAN"),
        row("Keripik Ubi Amaq Jun", "52.03", "PANGAN_OLAHAN", "MIKRO", "KEMASAN"),
        row("Tenun Songket Pringgasela", "52.03", "FESYEN", "MIKRO", "PRODUKSI"),
        row("Gerabah Banyumulek Baru", "52.03", "KERAJINAN", "MIKRO", "PEMASARAN"));
    scenario.recruit(first, false);
    candidates.findByCohortIdOrderById(cohort.getId()).stream().limit(4)
        .forEach(c -> scenario.verify(c, true));
    assertThat(cohortInstance).isWaitingAt("Task_RecruitCandidates");
    scenario.recruit(List.of(
        row("Madu Trigona Sembalun", "52.03", "AGRO", "ULTRA_MIKRO", "PEMBIAYAAN"),
        row("Kopi Robusta Sapit", "52.04", "PANGAN_OLAHAN", "MIKRO", "PERIZINAN"),
        row("Bengkel Las Pak Rudi", "52.03", "JASA", "MIKRO", "PEMBIAYAAN"),
        row("Sablon Kaos Selong", "52.03", "JASA", "MIKRO", "PEMASARAN")), true);
    List<Candidate> all = candidates.findByCohortIdOrderById(cohort.getId());
    assertThat(all).hasSize(8);
    assertThat(scenario.participantTasks("none")).isEmpty();
    List<Task> verifications = engine.getTaskService().createTaskQuery()
        .processInstanceId(scenario.cohortInstanceId).taskDefinitionKey("Task_VerifyCandidate")
        .list();
    assertThat(verifications).hasSize(4)
        .allMatch(t -> t.getName().startsWith("Verifikasi calon di lapangan: "))
        .allMatch(t -> t.getName().endsWith(" — Lombok Timur"));

    // A candidate is verified only after the location was visited.
    Map<String, Object> noVisit = new HashMap<>(IncubationScenario.verification(true));
    noVisit.put("checks", SpinValues.jsonValue("[\"FOTO_DIAMBIL\"]").create());
    assertThatThrownBy(() -> scenario.complete(verifications.get(0), "stipark.staf", STIPARK,
        noVisit)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lokasi usahanya dikunjungi");
    scenario.verify(all.get(4), true);
    scenario.verify(all.get(5), true);
    scenario.verify(all.get(6), false);
    scenario.verify(all.get(7), false);
    assertThat(cohortInstance).isWaitingAt("Task_SelectParticipants");

    // Capacity is 5: a sixth participant is refused on the server.
    List<Long> verified = candidates.findByCohortIdAndStatusOrderById(cohort.getId(),
        CandidateStatus.VERIFIED).stream().map(Candidate::getId).toList();
    assertThat(verified).hasSize(6);
    assertThatThrownBy(() -> scenario.select(verified))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Kapasitas angkatan 5 peserta; Anda memilih 6");
    List<Long> ranked = List.of(verified.get(5), verified.get(0), verified.get(1),
        verified.get(2), verified.get(4));
    Long failing = verified.get(4);
    scenario.select(ranked);
    assertThat(candidates.findById(verified.get(3)).orElseThrow().getStatus())
        .isEqualTo(CandidateStatus.NOT_SELECTED);
    assertThat(candidates.findById(verified.get(5)).orElseThrow().getSelectionRank()).isEqualTo(1);
    assertThat(scenario.participantInstances()).hasSize(5);
    assertThat(sessions.countByCohortId(cohort.getId())).isEqualTo(52);
    for (Long id : ranked) {
      Candidate participant = candidates.findById(id).orElseThrow();
      assertThat(participant.getTrack()).as("track of %s", participant.getBusinessName())
          .isNotBlank();
      assertThat(participant.getFitRationale()).isNotBlank();
    }
    assertThat(candidates.findById(verified.get(5)).orElseThrow().getTrack())
        .isEqualTo("Legalitas dan standar pangan");

    // A year of weekly classes: the timer of each session makes one attendance task.
    int mentoring = 0;
    int midTerms = 0;
    for (int w = 1; w <= 52; w++) {
      int week = w;
      LocalDate day = start.plusWeeks(week - 1);
      ClockUtil.setCurrentTime(IncubationScenario.at(day, 10));
      scenario.runDueJobs();
      Task attendance = scenario.task("Task_RecordAttendance");
      assertThat(attendance.getName()).startsWith("Catat kehadiran kelas: sesi ke-" + week + " (");
      List<String> present = ranked.stream()
          .filter(id -> !id.equals(failing) || week % 3 == 0).map(String::valueOf).toList();
      scenario.complete(attendance, "stipark.staf", STIPARK, Map.of("attended",
          SpinValues.jsonValue(IncubationScenario.json(present)).create()));
      scenario.runDueJobs();
      mentoring += completeMentoring();
      for (Task midTerm : scenario.participantTasks("Task_AssessMidTerm")) {
        if (midTerms == 0) {
          Map<String, Object> outOfScale = assessment(3, null);
          outOfScale.put("branding", 7);
          assertThatThrownBy(() -> scenario.complete(midTerm, "stipark.staf", STIPARK,
              outOfScale)).isInstanceOf(InvalidInputException.class)
              .hasMessageContaining("tidak boleh lebih dari 5");
        }
        scenario.complete(midTerm, "stipark.staf", STIPARK, assessment(2, null));
        midTerms++;
      }
    }
    assertThat(midTerms).isEqualTo(5);
    assertThat(mentoring).isGreaterThanOrEqualTo(5 * 11);
    assertThat(cohorts.findById(cohort.getId()).orElseThrow().getClassesEndedAt()).isNotNull();

    // Final assessments: two graduates need financing.
    List<Task> finals = scenario.participantTasks("Task_AssessFinal");
    assertThat(finals).hasSize(5);
    List<Long> needFinancing = List.of(ranked.get(0), ranked.get(1));
    for (Task task : finals) {
      Long candidateId = candidateOf(task);
      scenario.complete(task, "stipark.staf", STIPARK,
          assessment(4, needFinancing.contains(candidateId)));
    }
    scenario.runDueJobs();
    mentoring += completeMentoring();
    Candidate failed = candidates.findById(failing).orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(CandidateStatus.NOT_GRADUATED);
    assertThat(failed.getGraduationReason()).contains("Kehadiran di bawah 75%");
    assertThat(failed.getAttendanceRate()).isLessThan(java.math.BigDecimal.valueOf(75));
    assertThat(historicEnd(failed)).isEqualTo("Event_ParticipantNotGraduated");

    // Handover: each graduate to its Pemda's technical Dinas, chosen through the registry.
    List<Task> handovers = scenario.participantTasks("Task_AcceptHandover");
    assertThat(handovers).hasSize(4);
    for (Task task : handovers) {
      Candidate graduate = candidates.findById(candidateOf(task)).orElseThrow();
      String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      if (!graduate.getPemdaCode().equals("52.03")) {
        // Sumbawa and Lombok Utara merged industry into their cooperative agencies.
        assertThat(group).isEqualTo("pemda-" + graduate.getPemdaCode() + "-diskop");
      } else if (graduate.getDinasKind() == Candidate.DinasKind.DISPERIN) {
        assertThat(group).isEqualTo("pemda-52.03-disperin");
      } else {
        assertThat(group).isEqualTo("pemda-52.03-diskop");
      }
      assertThatThrownBy(() -> scenario.complete(task, "dinas.staf", List.of(group),
          Map.of("accepted", false, "contactPerson", "Baiq Laila")))
          .isInstanceOf(InvalidInputException.class);
      scenario.complete(task, "dinas.staf", List.of(group),
          Map.of("accepted", true, "contactPerson", "Baiq Laila, pendamping IKM"));
    }
    scenario.runDueJobs();
    // Lombok Utara's cooperation is in distribution (demo data): its Penyalur gets a task.
    String penyalur = directory.inDistribution("52.08").orElseThrow().penyalurCode();
    assertThat(directory.inDistribution("52.04")).isEmpty();
    Long lombokUtara = ranked.get(1);
    Long sumbawa = ranked.get(0);
    assertThat(candidates.findById(lombokUtara).orElseThrow().getPemdaCode()).isEqualTo("52.08");
    Referral toPenyalur = referrals.findByCandidateId(lombokUtara).orElseThrow();
    assertThat(toPenyalur.getStatus()).isEqualTo(Referral.Status.SENT_TO_PENYALUR);
    assertThat(toPenyalur.getPenyalurCode()).isEqualTo(penyalur);
    Referral asDemand = referrals.findByCandidateId(sumbawa).orElseThrow();
    assertThat(asDemand.getStatus()).isEqualTo(Referral.Status.DEMAND_RECORDED);
    assertThat(asDemand.getPenyalurCode()).isNull();
    // The Penyalur first records the graduate's SIKP check (clear), then follows the referral.
    List<Task> sikpTasks = scenario.participantTasks("Task_CheckSikp");
    assertThat(sikpTasks).hasSize(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(sikpTasks.get(0).getId())
        .taskCandidateGroup(penyalur).count()).isEqualTo(1);
    scenario.complete(sikpTasks.get(0), "penyalur.staf", List.of(penyalur),
        IncubationScenario.sikpCheck("CLEAR", null));
    List<Task> referralTasks = scenario.participantTasks("Task_FollowUpReferral");
    assertThat(referralTasks).hasSize(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(referralTasks.get(0).getId())
        .taskCandidateGroup(penyalur).count()).isEqualTo(1);
    assertThat(referralTasks.get(0).getName()).endsWith(" — Lombok Utara");
    scenario.complete(referralTasks.get(0), "penyalur.staf", List.of(penyalur), Map.of(
        "decision", "DIPROSES", "notes", "Dijadwalkan bertemu AO untuk pengajuan UMi."));
    assertThat(referrals.findByCandidateId(lombokUtara).orElseThrow().getStatus())
        .isEqualTo(Referral.Status.PROCESSED);
    assertThat(passed(sumbawa, "Task_ReferFinancing")).isTrue();
    assertThat(passed(sumbawa, "Task_FollowUpReferral")).isFalse();
    assertThat(passed(ranked.get(2), "Task_ReferFinancing")).isFalse();

    // Six months later the incubator follows each graduate up; then the cohort closes.
    ClockUtil.setCurrentTime(IncubationScenario.at(start.plusMonths(19), 9));
    scenario.runDueJobs();
    List<Task> followUps = scenario.participantTasks("Task_FollowUpGraduate");
    assertThat(followUps).hasSize(4);
    for (Task task : followUps) {
      scenario.complete(task, "stipark.staf", STIPARK, Map.of("condition", "BERKEMBANG",
          "notes", "Omzet naik, produk masuk dua toko oleh-oleh di Selong."));
    }
    scenario.runDueJobs();
    assertThat(cohortInstance).isEnded();
    assertThat(cohorts.findById(cohort.getId()).orElseThrow().getStatus())
        .isEqualTo(CohortStatus.CLOSED);
    for (Long id : ranked.subList(0, 4)) {
      Candidate graduate = candidates.findById(id).orElseThrow();
      assertThat(graduate.getStatus()).isEqualTo(CandidateStatus.GRADUATED);
      assertThat(graduate.getHandoverAt()).isNotNull();
      assertThat(graduate.getFollowUpCondition()).isEqualTo("BERKEMBANG");
      assertThat(historicEnd(graduate)).isEqualTo("Event_ParticipantGraduated");
      assertThat(fostered.existsByCandidateId(id)).isTrue();
      assertThat(notes.countByCandidateId(id)).isGreaterThanOrEqualTo(11);
    }

    CohortReport report = reports.report(cohorts.findById(cohort.getId()).orElseThrow());
    assertThat(report.candidates().text()).isEqualTo("8/200 (4%)");
    assertThat(report.verified().text()).isEqualTo("6/200 (3%)");
    assertThat(report.notEligible()).isEqualTo(2);
    assertThat(report.selected().text()).isEqualTo("5/5 (100%)");
    assertThat(report.graduates().text()).isEqualTo("4/5 (80%)");
    assertThat(report.handedOver().text()).isEqualTo("4/4 (100%)");
    assertThat(report.referred().text()).isEqualTo("2/4 (50%)");
    assertThat(report.referredToPenyalur()).isEqualTo(1);
    assertThat(report.referralsAsDemand()).isEqualTo(1);
    assertThat(report.attendance()).hasSize(6);
    long present = report.attendance().stream().mapToLong(m -> m.attendance().count()).sum();
    long expected = report.attendance().stream().mapToLong(m -> m.attendance().of()).sum();
    assertThat(expected).isEqualTo(52 * 5);
    assertThat(present).isEqualTo(52 * 4 + 17);
    assertThat(report.outcomes()).allSatisfy(o -> {
      assertThat(o.midTerm()).isEqualTo(2.0);
      assertThat(o.finalScore()).isEqualTo(4.0);
    });
  }

  private int completeMentoring() {
    int done = 0;
    for (Task task : scenario.participantTasks("Task_WriteMentoringNote")) {
      scenario.complete(task, "stipark.staf", STIPARK, Map.of("topics", "Kemasan dan label",
          "note", "Membahas desain label baru dan uji coba kemasan standing pouch."));
      done++;
    }
    return done;
  }

  private Long candidateOf(Task task) {
    return ((Number) engine.getTaskService().getVariable(task.getId(), "candidateId"))
        .longValue();
  }

  private boolean passed(Long candidateId, String activityId) {
    String instance = candidates.findById(candidateId).orElseThrow().getProcessInstanceId();
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId(activityId).count() > 0;
  }

  private String historicEnd(Candidate candidate) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).singleResult().getEndActivityId();
  }

  /** The assessment form's fields; the final one also asks whether financing is needed. */
  static Map<String, Object> assessment(int score, Boolean needsFinancing) {
    Map<String, Object> values = new HashMap<>();
    for (Assessment.Outcome outcome : Assessment.Outcome.values()) {
      values.put(outcome.key, score);
      values.put(outcome.key + "Evidence", "Dilihat langsung saat kunjungan: bukti " + score);
    }
    if (needsFinancing != null) {
      values.put("needsFinancing", needsFinancing);
    }
    return values;
  }

  private static Map<String, Object> row(String name, String pemda, String sector, String scale,
      String need) {
    return IncubationScenario.candidateRow(name, IncubationScenario.nik(), pemda, sector, scale,
        need);
  }
}
