package id.sinergi.escalation;

import id.sinergi.kernel.caller.Callers;

import static id.sinergi.escalation.EscalationTestSupport.TEST_MESSAGE_WAIT;
import static id.sinergi.escalation.EscalationTestSupport.TEST_PROCESS;
import static id.sinergi.escalation.EscalationTestSupport.TEST_TASK;
import static id.sinergi.escalation.EscalationTestSupport.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.escalation.EscalationProperties.Delivery;
import id.sinergi.support.Api;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The generic escalation promises, on a test process that knows nothing about escalation: due
 * dates from SLAs in working days, the three-level ladder reaching the registry's positions,
 * message waits, closing on completion, REST scoping and notifications that survive SMTP outages.
 */
abstract class EscalationContract {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired EscalationRepository escalations;
  @Autowired SentNotificationRepository sent;
  @Autowired SlaRepository slaRows;
  @Autowired SlaAdministration administration;
  @Autowired HolidayCalendar calendar;
  @Autowired EscalationProperties properties;
  @Autowired EscalationNotifier notifier;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired WatchedSteps watched;

  EscalationTestSupport support;

  @BeforeEach
  void setUp() {
    support = new EscalationTestSupport(engine);
    support.deployTestProcess();
    // Process-wide SLA of the test process: 3 working days, level 2 two days later, level 3 two
    // more; a message wait is answered by the Pemda's Dinas Koperasi.
    SlaEntry sla = slaRows.findByProcessKeyAndActivityIdAndPemdaCode(TEST_PROCESS, "*", "*")
        .orElse(null);
    if (sla == null) {
      administration.create(TEST_PROCESS, null, null, 3, 2, 2, "pemda-{pemdaCode}-diskop");
    } else {
      administration.update(sla.getId(), 3, 2, 2, "pemda-{pemdaCode}-diskop");
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aUserTaskIsDueAfterItsSlaInWorkingDays() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-07-01T10:00"));
    Task task = support.task(instance);
    // Wednesday + 3 working days, the weekend skipped: Monday, same time.
    assertThat(task.getDueDate().toInstant()).isEqualTo(wita("2026-07-06T10:00"));
    // Nothing else until the step is overdue: no ladder, no row.
    assertThat(support.ladder(task.getId())).as("no ladder before the due date").isNull();
    assertThat(watched.find(task.getId())).isEmpty();
  }

  @Test
  void aPemdaOverrideAppliesAndAnSlaChangeOnlyAffectsStepsStartedAfterwards() {
    SlaEntry override = slaRows.findByProcessKeyAndActivityIdAndPemdaCode(TEST_PROCESS, TEST_TASK,
        "52.04").orElse(null);
    long id = override == null
        ? administration.create(TEST_PROCESS, TEST_TASK, "52.04", 5, 2, 2, null).id()
        : administration.update(override.getId(), 5, 2, 2, null).id();
    Task before = support.task(support.start(TEST_PROCESS, "52.04", wita("2026-07-01T10:00")));
    administration.update(id, 8, 2, 2, null);
    Task after = support.task(support.start(TEST_PROCESS, "52.04", wita("2026-07-01T10:00")));

    assertThat(before.getDueDate().toInstant()).isEqualTo(wita("2026-07-08T10:00"));
    assertThat(after.getDueDate().toInstant()).isEqualTo(wita("2026-07-13T10:00"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(before.getId()).singleResult()
        .getDueDate().toInstant()).as("already waiting: unchanged").isEqualTo(wita("2026-07-08T10:00"));
    // Another Pemda keeps the process-wide 3 days.
    Task lombokTengah = support.task(support.start(TEST_PROCESS, "52.02", wita("2026-07-01T10:00")));
    assertThat(lombokTengah.getDueDate().toInstant()).isEqualTo(wita("2026-07-06T10:00"));
  }

  @Test
  void aHolidayInsideTheSlaMovesTheDueDate() {
    // Thursday 13 August 2026; Monday 17 August is Independence Day.
    Task task = support.task(support.start(TEST_PROCESS, "52.02", wita("2026-08-13T10:00")));
    assertThat(task.getDueDate().toInstant()).isEqualTo(wita("2026-08-19T10:00"));
  }

  @Test
  void aStepDoneBeforeItsDueDateEscalatesNothing() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-07-13T10:00"));
    Task task = support.task(instance);
    support.later(Duration.ofDays(1));
    support.checkOverdue();
    assertThat(support.ladder(task.getId())).as("not overdue: no ladder").isNull();
    engine.getTaskService().complete(task.getId());

    support.later(Duration.ofDays(30));
    support.checkOverdue();
    assertThat(support.ladder(task.getId())).as("ended before its due date: never a ladder")
        .isNull();
    assertThat(watched.find(task.getId())).as("nothing left behind").isEmpty();
    assertThat(escalations.findByStepKeyOrderByLevel(task.getId())).isEmpty();
  }

  @Test
  void aStalledTaskClimbsTheLadderToTheHeadThenTheActingSekdaAndPip() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-09-07T10:00"));
    Task task = support.task(instance);

    support.at(wita("2026-09-10T09:59"));
    support.checkOverdue();
    assertThat(support.ladder(task.getId())).as("nothing before the due date").isNull();
    support.at(wita("2026-09-10T10:01"));
    support.checkOverdue();
    support.checkOverdue();
    assertThat(support.ladder(task.getId())).as("a reminder is no process instance").isNull();
    assertThat(escalations.findByStepKeyOrderByLevel(task.getId())).as("recorded once")
        .hasSize(1);
    Escalation level1 = only(task.getId(), 1);
    assertThat(level1.getTargetGroups()).isEqualTo("pemda-52.02-ekonomi");
    assertThat(level1.getTargetUsers()).contains("loteng.ekonomi");
    assertThat(level1.getHolder()).startsWith("belum diklaim");
    assertThat(level1.getPemdaCode()).isEqualTo("52.02");
    assertThat(level1.getStepName()).startsWith("Siapkan data uji");
    assertThat(sent.findByEscalationId(level1.getId())).hasSize(1);
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 2)).isEmpty();
    assertThat(overdueTaskIds()).contains(task.getId());

    support.at(wita("2026-09-14T09:59"));
    support.checkOverdue();
    assertThat(support.ladder(task.getId())).as("no ladder before level 2 is due").isNull();
    support.at(wita("2026-09-14T10:01"));
    String ladder = support.overdueLadder(task.getId());
    support.runDueJobs(ladder);
    support.checkOverdue();
    assertThat(support.ladder(task.getId()).getId()).as("one ladder per step").isEqualTo(ladder);
    Escalation level2 = only(task.getId(), 2);
    assertThat(level2.getTargetGroups()).isEqualTo("pemda-52.02-ekonomi-kepala");
    assertThat(level2.getTargetUsers()).isEqualTo("loteng.kabag");
    Task followUp = followUpTask(ladder);
    assertThat(followUp.getName()).startsWith("Tindak lanjuti langkah tertunda: Siapkan data uji");
    assertThat(candidateGroups(followUp)).containsExactly("pemda-52.02-ekonomi-kepala");
    assertThat(followUp.getDueDate().toInstant()).as("due before level 3")
        .isEqualTo(wita("2026-09-16T10:00"));
    assertThat(engine.getTaskService().getVariable(followUp.getId(), "followUpAgeDays")).isEqualTo(7L);
    assertThat((String) engine.getTaskService().getVariable(followUp.getId(), "followUpHolder"))
        .contains("Bagian Ekonomi");
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 3)).isEmpty();

    support.at(wita("2026-09-16T10:01"));
    support.runDueJobs(ladder);
    Escalation level3 = only(task.getId(), 3);
    assertThat(level3.getTargetGroups()).isEqualTo("pemda-52.02-sekda,pip-kerjasama");
    assertThat(level3.getTargetUsers()).contains("loteng.sekda", "pip.kerjasama");
    assertThat(sent.findByEscalationId(level3.getId())).hasSize(1);
    assertThat(List.of(level1, level2, level3)).extracting(Escalation::getEscalatedAt).isSorted();

    // The head records what they did; the form's own rules hold on the server.
    var identity = engine.getIdentityService();
    Callers.authenticate(identity, "loteng.kabag");
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(followUp.getId(),
          Map.of("followUpNote", "oke"))).hasMessageContaining("Catatan tindak lanjut");
      engine.getTaskService().complete(followUp.getId(),
          Map.of("followUpNote", "Kepala Bidang diminta menyerahkan data hari ini."));
    } finally {
      identity.clearAuthentication();
    }
    Escalation followedUp = only(task.getId(), 2);
    assertThat(followedUp.getFollowedUpBy()).isEqualTo("loteng.kabag");
    assertThat(followedUp.getFollowUpNote()).startsWith("Kepala Bidang diminta");

    engine.getTaskService().complete(task.getId());
    assertThat(escalations.findByStepKeyOrderByLevel(task.getId()))
        .allSatisfy(e -> assertThat(e.getResolvedAt()).isNotNull());
    assertThat(support.ladder(task.getId())).isNull();
  }

  @Test
  void aLadderWhoseStepIsNoLongerWatchedStopsAtItsNextLevel() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-09-21T10:00"));
    Task task = support.task(instance);
    support.at(wita("2026-09-28T10:01"));
    String ladder = support.overdueLadder(task.getId());
    support.runDueJobs(ladder);
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 2)).isPresent();

    // The step's row is gone (an operator's clean-up, or a step ended by a path that skipped
    // Sinergi's listeners) while its ladder still waits for level 3.
    watched.delete(task.getId());
    support.later(Duration.ofDays(14));
    support.runDueJobs(ladder);
    assertThat(support.ladder(task.getId())).as("stopped at its next level").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(ladder).activityId("Event_LadderStopped").count()).isEqualTo(1);
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 3)).as("no level 3").isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("the step itself is untouched").isEqualTo(1);
  }

  @Test
  void aStepCompletedAfterLevelTwoClosesTheFollowUpTaskAndStopsTheLadder() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-09-21T10:00"));
    Task task = support.task(instance);
    support.at(wita("2026-09-28T10:01"));
    String ladder = support.overdueLadder(task.getId());
    support.runDueJobs(ladder);
    Task followUp = followUpTask(ladder);

    support.at(wita("2026-09-29T08:00"));
    engine.getTaskService().complete(task.getId());

    assertThat(engine.getTaskService().createTaskQuery().taskId(followUp.getId()).count()).isZero();
    assertThat(support.ladder(task.getId())).isNull();
    assertThat(escalations.findByStepKeyOrderByLevel(task.getId()))
        .extracting(Escalation::getLevel).containsExactly(1, 2);
    assertThat(escalations.findByStepKeyOrderByLevel(task.getId()))
        .allSatisfy(e -> assertThat(e.getResolvedAt()).isEqualTo(wita("2026-09-29T08:00")));
    support.later(Duration.ofDays(30));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(ladder).count())
        .isZero();
    assertThat(watched.find(task.getId())).isEmpty();
  }

  @Test
  void aDueDateMovedLaterStartsANewLadderFromTheNewDate() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-11-09T10:00"));
    Task task = support.task(instance);
    // A coordinator gives the step until the next Wednesday.
    task.setDueDate(java.util.Date.from(wita("2026-11-18T10:00")));
    engine.getTaskService().saveTask(task);

    support.at(wita("2026-11-12T10:01"));
    support.checkOverdue();
    assertThat(support.ladder(task.getId())).as("not overdue yet").isNull();
    assertThat(escalations.findByStepKeyOrderByLevel(task.getId())).isEmpty();

    support.at(wita("2026-11-18T10:01"));
    support.checkOverdue();
    assertThat(only(task.getId(), 1).getDueAt()).isEqualTo(wita("2026-11-18T10:00"));
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 2)).isEmpty();

    // Escalated, then given another week: the ladder starts over from the new date.
    task = support.task(instance);
    task.setDueDate(java.util.Date.from(wita("2026-11-25T10:00")));
    engine.getTaskService().saveTask(task);
    support.at(wita("2026-11-20T10:01"));
    support.checkOverdue();
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 2)).as("not due any more").isEmpty();
    assertThat(only(task.getId(), 1).getResolvedAt()).isNotNull();
    assertThat(watched.find(task.getId()).orElseThrow().step().dueAt())
        .isEqualTo(wita("2026-11-25T10:00"));
    assertThat(support.ladder(task.getId())).as("the ladder ended at once; the check starts anew")
        .isNull();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(LadderVariables.PROCESS_KEY).processInstanceBusinessKey(task.getId())
        .list()).singleElement().satisfies(l -> assertThat(l.getEndActivityId())
            .as("started for level 2, postponed at once").isEqualTo("Event_LadderPostponed"));
    support.at(wita("2026-11-24T10:01"));
    support.checkOverdue();
    assertThat(only(task.getId(), 1).getResolvedAt()).as("not overdue again yet").isNotNull();
    support.at(wita("2026-11-25T10:01"));
    support.checkOverdue();
    assertThat(only(task.getId(), 1).getResolvedAt()).as("overdue again").isNull();
    assertThat(sent.findByEscalationId(only(task.getId(), 1).getId())).as("sent once").hasSize(1);
  }

  @Test
  void aMessageWaitEscalatesToTheResponsibleGroupOfItsSla() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-10-05T10:00"));
    engine.getTaskService().complete(support.task(instance).getId());
    String stepKey = support.messageWaitKey(instance);
    assertThat(watched.find(stepKey)).as("a message wait's row").isPresent();
    assertThat(support.ladder(stepKey)).isNull();

    support.at(wita("2026-10-08T10:01"));
    support.checkOverdue();
    assertThat(support.ladder(stepKey)).isNull();
    Escalation level1 = only(stepKey, 1);
    assertThat(level1.getStepKind()).isEqualTo(StepKind.MESSAGE_WAIT);
    assertThat(level1.getActivityId()).isEqualTo(TEST_MESSAGE_WAIT);
    assertThat(level1.getStepName()).isEqualTo("Jawaban uji diterima");
    assertThat(level1.getTargetGroups()).isEqualTo("pemda-52.02-diskop");
    assertThat(level1.getTargetUsers()).contains("loteng.diskop");

    assertThat(sent.findByEscalationId(level1.getId())).hasSize(1);

    support.at(wita("2026-10-12T10:01"));
    support.runDueJobs(support.overdueLadder(stepKey));
    assertThat(only(stepKey, 2).getTargetGroups()).isEqualTo("pemda-52.02-diskop-kepala");

    engine.getRuntimeService().createMessageCorrelation("EscalationTestAnswer")
        .processInstanceId(instance.getId()).correlate();
    assertThat(support.ladder(stepKey)).isNull();
    assertThat(watched.find(stepKey)).isEmpty();
    assertThat(escalations.findByStepKeyOrderByLevel(stepKey))
        .allSatisfy(e -> assertThat(e.getResolvedAt()).isNotNull());
  }

  /**
   * What keeps two checks that race (two runs overlapping, two nodes) from reminding a step
   * twice or starting two ladders: a step's level moves only forward, by a conditional update, and
   * the loser's transaction fails (its job retries without the step).
   */
  @Test
  void aStepIsMarkedOverdueAndGivenItsLadderOnlyOnce() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-10-05T10:00"));
    engine.getTaskService().complete(support.task(instance).getId());
    String stepKey = support.messageWaitKey(instance);

    watched.markOverdue(List.of(stepKey));
    assertThat(watched.find(stepKey).orElseThrow().escalatedLevel()).isEqualTo(1);
    assertThatThrownBy(() -> watched.markOverdue(List.of(stepKey)))
        .as("a second check marking the same step").isInstanceOf(
            org.camunda.bpm.engine.OptimisticLockingException.class);

    assertThat(watched.ladderStarted(stepKey, "ladder-a")).isTrue();
    assertThat(watched.ladderStarted(stepKey, "ladder-b")).as("a second check's ladder").isFalse();
    assertThat(watched.find(stepKey).orElseThrow().ladderInstanceId()).isEqualTo("ladder-a");
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  void aMessageAnsweredInTimeLeavesNothingBehind() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-10-05T10:00"));
    engine.getTaskService().complete(support.task(instance).getId());
    String stepKey = support.messageWaitKey(instance);
    engine.getRuntimeService().createMessageCorrelation("EscalationTestAnswer")
        .processInstanceId(instance.getId()).correlate();
    assertThat(watched.find(stepKey)).isEmpty();
    support.later(Duration.ofDays(30));
    support.checkOverdue();
    assertThat(support.ladder(stepKey)).isNull();
  }

  @Test
  void theCheckEscalatesEveryOverdueStepInBatches() {
    List<Task> tasks = List.of(
        support.task(support.start(TEST_PROCESS, "52.02", wita("2026-12-01T10:00"))),
        support.task(support.start(TEST_PROCESS, "52.02", wita("2026-12-01T10:00"))),
        support.task(support.start(TEST_PROCESS, "52.02", wita("2026-12-01T10:00"))));
    long reminderRunsBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(EscalationReminders.PROCESS_KEY).count();
    checkInBatchesOfOne(wita("2026-12-04T10:01"));
    assertThat(tasks).allSatisfy(t -> {
      assertThat(support.ladder(t.getId())).as("a reminder is no process instance").isNull();
      assertThat(sent.findByEscalationId(only(t.getId(), 1).getId())).hasSize(1);
    });
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(OverdueStepCheck.PROCESS_KEY).finished().count())
        .as("checks ran").isPositive();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(EscalationReminders.PROCESS_KEY).count() - reminderRunsBefore)
        .as("one batch of e-mails per check batch of one").isGreaterThanOrEqualTo(3);

    // At their level-2 date the same batches start one ladder each, with one variable.
    checkInBatchesOfOne(wita("2026-12-08T10:01"));
    assertThat(tasks).allSatisfy(t -> {
      String ladder = support.ladder(t.getId()).getId();
      assertThat(engine.getRuntimeService().getVariables(ladder).keySet())
          .as("the ladder's one variable, and what level 2 shows on the follow-up task")
          .contains(LadderVariables.WATCHED_STEP_ID)
          .allSatisfy(name -> assertThat(name).matches("watchedStepId|followUp[A-Za-z]+"));
      assertThat(only(t.getId(), 2)).isNotNull();
    });
  }

  /** The check at that time, one step per batch (its loop). */
  private void checkInBatchesOfOne(Instant at) {
    int batchSize = properties.getCheckBatchSize();
    properties.setCheckBatchSize(1);
    try {
      support.at(at);
      support.checkOverdue();
    } finally {
      properties.setCheckBatchSize(batchSize);
    }
  }

  @Test
  void anSmtpOutageLosesNothingAndARetrySendsNothingTwice() throws Exception {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-10-19T10:00"));
    Task task = support.task(instance);
    int smtpPort = freePort();
    int originalPort = mailSender.getPort();
    properties.getMail().setDelivery(Delivery.SMTP);
    mailSender.setPort(smtpPort);
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      support.at(wita("2026-10-22T10:01"));
      support.recordOverdue();
      assertThat(only(task.getId(), 1)).as("level 1 recorded before its e-mail").isNotNull();
      String reminders = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(EscalationReminders.PROCESS_KEY).list().stream()
          .filter(p -> String.valueOf(engine.getRuntimeService().getVariable(p.getId(),
              EscalationReminders.STEP_KEYS)).contains(task.getId()))
          .findFirst().orElseThrow().getId();
      Job notification = onlyJob(reminders);
      for (int attempt = 1; attempt <= 5; attempt++) {
        String id = notification.getId();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(id))
            .as("attempt %d with the mail server down", attempt).isNotNull();
        support.later(Duration.ofMinutes(5).plusSeconds(1));
      }
      Job failed = engine.getManagementService().createJobQuery().jobId(notification.getId())
          .singleResult();
      assertThat(failed.getRetries()).isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders)
          .count()).as("an incident for Cockpit").isEqualTo(1);
      Escalation level1 = only(task.getId(), 1);
      assertThat(sent.findByEscalationId(level1.getId())).as("nothing recorded as sent").isEmpty();

      smtp.start();
      // What "Retry" in Cockpit does.
      engine.getManagementService().setJobRetries(notification.getId(), 1);
      engine.getManagementService().executeJob(notification.getId());

      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getAllRecipients()[0].toString())
          .isEqualTo("loteng.ekonomi@demo.sinergi.local");
      assertThat(received[0].getSubject()).contains("Pengingat").contains("Siapkan data uji");
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders)
          .count()).isZero();
      assertThat(sent.findByEscalationId(level1.getId())).hasSize(1);

      // A duplicate delivery (a job run twice by two nodes, an operator re-running it) sends nothing.
      assertThat(notifier.notify(task.getId(), 1)).isFalse();
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      smtp.stop();
      mailSender.setPort(originalPort);
      properties.getMail().setDelivery(Delivery.LOG);
    }
  }

  /**
   * The article's Lombok Tengah case as the cooperation demo seeds it: PIP offered cooperation
   * after a Zoom socialisation, Bagian Ekonomi accepted on 19 May 2026 and never sent the
   * business data. Replayed with the clock: reminder, the Kepala Bagian Ekonomi, the Sekda
   * (acting) and PIP.
   */
  @Test
  void lombokTengahNeverSendingItsDataClimbsToTheHeadThenTheSekdaAndPip() {
    Task task = stalledCooperationTask("52.02", "Task_PrepareProgramData");
    // 10 working days (cooperation default) from Tuesday 19 May 09:00, skipping Idul Adha,
    // its cuti bersama and Hari Lahir Pancasila.
    assertThat(task.getDueDate().toInstant()).isEqualTo(wita("2026-06-05T09:00"));

    Escalation reminder = climb(task.getId(), 1);
    assertThat(reminder.getTargetGroups()).isEqualTo("pemda-52.02-ekonomi");
    assertThat(reminder.getTargetUsers()).contains("loteng.ekonomi");
    assertThat(reminder.getBusinessKey()).startsWith("KS-52.02-");
    Escalation head = climb(task.getId(), 2);
    String ladder = support.ladder(task.getId()).getId();
    assertThat(head.getTargetGroups()).isEqualTo("pemda-52.02-ekonomi-kepala");
    assertThat(head.getTargetUsers()).isEqualTo("loteng.kabag");
    assertThat(followUpTask(ladder).getName())
        .isEqualTo("Tindak lanjuti langkah tertunda: Siapkan data program UMKM — Lombok Tengah");
    Escalation top = climb(task.getId(), 3);
    assertThat(top.getTargetGroups()).isEqualTo("pemda-52.02-sekda,pip-kerjasama");
    assertThat(top.getTargetUsers()).contains("loteng.sekda", "pip.kerjasama");
    assertThat(List.of(reminder, head, top)).allSatisfy(e ->
        assertThat(sent.findByEscalationId(e.getId())).hasSize(1));
    assertThat(stalled("pip.kerjasama", "?pemda=52.02&processKey=pip-pemda-cooperation"))
        .filteredOn(r -> task.getId().equals(r.get("stepKey")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("level", 3));
  }

  /**
   * The article's Sumbawa case: the request is stuck at the internal agreement, which the Sekda
   * holds. The reminder reaches the Sekda, level 2 the Bupati above, level 3 the Sekda and PIP.
   */
  @Test
  void sumbawaStuckAtTheInternalAgreementReachesTheSekda() {
    Task task = stalledCooperationTask("52.04", "Task_ApproveInternally");
    assertThat(task.getDueDate().toInstant()).isEqualTo(wita("2026-08-04T11:00"));

    Escalation reminder = climb(task.getId(), 1);
    assertThat(reminder.getTargetGroups()).isEqualTo("pemda-52.04-sekda");
    assertThat(reminder.getTargetUsers()).contains("sumbawa.sekda");
    assertThat(climb(task.getId(), 2).getTargetGroups())
        .isEqualTo("pemda-52.04-kepala-daerah");
    String ladder = support.ladder(task.getId()).getId();
    assertThat(candidateGroups(followUpTask(ladder))).containsExactly("pemda-52.04-kepala-daerah");
    Escalation top = climb(task.getId(), 3);
    assertThat(top.getTargetGroups()).isEqualTo("pemda-52.04-sekda,pip-kerjasama");
    assertThat(top.getTargetUsers()).contains("sumbawa.sekda", "pip.kerjasama");
    // The data request demo asked Diskop, Disnaker and Bappeda; only Diskop answered.
    assertThat(top.getUnansweredOpds()).contains("Dinas Tenaga Kerja", "Badan Perencanaan");
    assertThat((String) engine.getRuntimeService().getVariable(ladder, "followUpUnansweredOpds"))
        .contains("Dinas Tenaga Kerja");
    // Sumbawa's staff see the stalled step; Lombok Tengah's do not.
    assertThat(stalled("sumbawa.ekonomi", "?level=3")).extracting(r -> r.get("stepKey"))
        .contains(task.getId());
    assertThat(stalled("loteng.ekonomi", "")).extracting(r -> r.get("stepKey"))
        .doesNotContain(task.getId());
  }

  /** The open demo task of a stalled cooperation (seeded by the cooperation's demo data). */
  private Task stalledCooperationTask(String pemda, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processDefinitionKey("pip-pemda-cooperation").taskDefinitionKey(taskKey)
        .tenantIdIn(pemda).list();
    assertThat(tasks).as("the demo's stalled %s of %s", taskKey, pemda).hasSize(1);
    return tasks.get(0);
  }

  /**
   * Level 1: runs the check now (the demo's steps are long overdue). Levels 2 and 3: moves the
   * clock just past the level's date and runs the check and the step's ladder. The demo's steps
   * live in the context all tests share: if another test (the Cockpit's) already escalated one,
   * the level is checked as it is, not before its time.
   */
  private Escalation climb(String stepKey, int level) {
    if (level == 1) {
      support.checkOverdue();
      return only(stepKey, 1);
    }
    Instant at = watched.at(stepKey, level).toInstant();
    if (escalations.findByStepKeyAndLevel(stepKey, level).isEmpty()) {
      support.at(at.minusSeconds(60));
      advance(stepKey);
      assertThat(escalations.findByStepKeyAndLevel(stepKey, level)).as("not before its time")
          .isEmpty();
    }
    support.at(at.plusSeconds(60));
    advance(stepKey);
    return only(stepKey, level);
  }

  /** What the job executor does now for a step: the check, then its ladder's due jobs. */
  private void advance(String stepKey) {
    support.checkOverdue();
    ProcessInstance ladder = support.ladder(stepKey);
    if (ladder != null) {
      support.runDueJobs(ladder.getId());
    }
  }

  @Test
  void stalledStepsAreListedWithTheirAgeScopedToThePemda() {
    ProcessInstance instance = support.start(TEST_PROCESS, "52.02", wita("2026-11-02T10:00"));
    Task task = support.task(instance);
    support.at(wita("2026-11-05T10:01"));
    support.checkOverdue();
    support.at(wita("2026-11-06T12:00"));

    List<Map<String, Object>> mine = stalled("loteng.ekonomi", "?pemda=52.02&level=1");
    Map<String, Object> row = mine.stream().filter(r -> task.getId().equals(r.get("stepKey")))
        .findFirst().orElseThrow();
    assertThat(row).containsEntry("level", 1).containsEntry("ageDays", 4)
        .containsEntry("overdueDays", 1).containsEntry("activityId", TEST_TASK)
        .containsEntry("pemdaCode", "52.02").containsEntry("businessKey", instance.getBusinessKey());
    assertThat(stalled("pip.kerjasama", "")).extracting(r -> r.get("stepKey")).contains(task.getId());
    assertThat(stalled("manajer", "?activityId=" + TEST_TASK)).extracting(r -> r.get("stepKey"))
        .contains(task.getId());
    assertThat(stalled("loteng.ekonomi", "?level=2")).extracting(r -> r.get("stepKey"))
        .doesNotContain(task.getId());
    assertThat(stalled("sumbawa.ekonomi", "")).extracting(r -> r.get("stepKey"))
        .doesNotContain(task.getId());
    assertThat(Api.demo(port, "sumbawa.ekonomi").get()
        .uri("/api/escalation/stalled-steps?pemda=52.02").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
    assertThat(Api.demo(port, "loteng.ekonomi").get()
        .uri("/api/escalation/stalled-steps?level=7").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void onlyAdministratorsManageSlasAndTheyGetSpecificErrors() {
    var clerk = Api.demo(port, "loteng.ekonomi");
    assertThat(clerk.get().uri("/api/escalation/slas").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
    var admin = Api.demo(port, "admin");
    var bad = admin.post().uri("/api/escalation/slas").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("processKey", "", "dueWorkingDays", 0, "level2AfterWorkingDays", 2,
            "level3AfterWorkingDays", 2))
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().get("errors").toString()).contains("processKey", "dueWorkingDays",
        "minimal 1 hari kerja");
    var wrongPemda = admin.post().uri("/api/escalation/slas").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("processKey", "rest-sla-test", "pemdaCode", "99", "dueWorkingDays", 4,
            "level2AfterWorkingDays", 2, "level3AfterWorkingDays", 2))
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(wrongPemda.getStatusCode().value()).isEqualTo(400);
    assertThat(wrongPemda.getBody().get("errors").toString()).contains("pemdaCode");

    var created = admin.post().uri("/api/escalation/slas").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("processKey", "rest-sla-test", "activityId", "Task_Any", "pemdaCode", "52.08",
            "dueWorkingDays", 4, "level2AfterWorkingDays", 2, "level3AfterWorkingDays", 3))
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    Number id = (Number) created.getBody().get("id");
    var duplicate = admin.post().uri("/api/escalation/slas").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("processKey", "rest-sla-test", "activityId", "Task_Any", "pemdaCode", "52.08",
            "dueWorkingDays", 5, "level2AfterWorkingDays", 2, "level3AfterWorkingDays", 3))
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(duplicate.getStatusCode().value()).isEqualTo(400);
    var updated = admin.put().uri("/api/escalation/slas/" + id).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("dueWorkingDays", 6, "level2AfterWorkingDays", 2, "level3AfterWorkingDays", 3))
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(updated.getBody()).containsEntry("dueWorkingDays", 6).containsEntry("pemdaCode", "52.08");
    assertThat(admin.get().uri("/api/escalation/slas").retrieve().toEntity(JSON_LIST).getBody())
        .extracting(r -> r.get("processKey")).contains("*", "pip-pemda-cooperation",
            "cross-opd-data-request", "incubation-cohort", "incubation-participant", "rest-sla-test");
    assertThat(admin.delete().uri("/api/escalation/slas/" + id).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(204);
    assertThat(admin.delete().uri("/api/escalation/slas/" + id).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void administratorsEditTheHolidayCalendar() {
    var admin = Api.demo(port, "admin");
    assertThat(admin.get().uri("/api/escalation/holidays?year=2026").retrieve().toEntity(JSON_LIST)
        .getBody()).hasSize(25).extracting(r -> r.get("date")).contains("2026-08-17", "2026-03-20");
    LocalDate day = LocalDate.of(2028, 1, 3);
    assertThat(calendar.isWorkingDay(day)).isTrue();
    var created = admin.post().uri("/api/escalation/holidays").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("date", "2028-01-03", "name", "Cuti bersama uji", "kind", "CUTI_BERSAMA"))
        .retrieve().toBodilessEntity();
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(calendar.isWorkingDay(day)).isFalse();
    var badKind = admin.post().uri("/api/escalation/holidays").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("date", "2028-01-04", "name", "Salah", "kind", "LIBUR_PANJANG"))
        .retrieve().toEntity(JSON_OBJECT);
    assertThat(badKind.getStatusCode().value()).isEqualTo(400);
    assertThat(badKind.getBody().get("message").toString()).contains("kind");
    assertThat(Api.demo(port, "pip.kerjasama").delete().uri("/api/escalation/holidays/2028-01-03")
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(admin.delete().uri("/api/escalation/holidays/2028-01-03").retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(204);
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  private List<Map<String, Object>> stalled(String user, String query) {
    var response = Api.demo(port, user).get().uri("/api/escalation/stalled-steps" + query)
        .retrieve().toEntity(JSON_LIST);
    assertThat(response.getStatusCode().value()).as("GET stalled-steps as %s", user).isEqualTo(200);
    return response.getBody();
  }

  private Escalation only(String stepKey, int level) {
    return escalations.findByStepKeyAndLevel(stepKey, level)
        .orElseThrow(() -> new AssertionError("no level " + level + " escalation for " + stepKey));
  }

  private Job onlyJob(String ladder) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(ladder)
        .executable().list();
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  private Task followUpTask(String ladder) {
    return engine.getTaskService().createTaskQuery().processInstanceId(ladder)
        .taskDefinitionKey("Task_FollowUpStalledStep").singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  private List<String> overdueTaskIds() {
    Filter overdue = engine.getFilterService().createFilterQuery().filterName("Terlambat")
        .singleResult();
    return engine.getFilterService().<Task>list(overdue.getId()).stream().map(Task::getId).toList();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
