package id.sinergi.escalation;

import static id.sinergi.escalation.EscalationTestSupport.wita;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.kernel.engine.StepProperties;
import id.sinergi.support.SinergiSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an administrator sets on a step in Modeler (the "Langkah Sinergi" template's
 * {@code sinergi.*} properties) is what the step gets: its service level in working days, whether
 * it escalates; a Pemda's row in the SLA table still overrides the model. (A deployment with a
 * wrong value is refused: ModelerDeploymentTest.)
 */
@SinergiSpringTest
class ModelStepSettingsTest {

  static final String PROCESS = "escalation-model-settings";

  @Autowired ProcessEngine engine;
  @Autowired SlaRepository slaRows;
  @Autowired SlaAdministration administration;

  @Autowired EscalationRepository escalations;
  EscalationTestSupport support;

  @BeforeEach
  void deploy() {
    support = new EscalationTestSupport(engine);
    engine.getRepositoryService().createDeployment().name("model-step-settings")
        .enableDuplicateFiltering(true)
        .addModelInstance(PROCESS + ".bpmn", model(Map.of(
            "Task_ModelSla", Map.of(StepProperties.SLA_DAYS, "2",
                StepProperties.LEVEL2_DAYS, "1", StepProperties.LEVEL3_DAYS, "1"),
            "Task_NeverEscalates", Map.of(StepProperties.ESCALATE, "false"))))
        .deploy();
    // The database's default for the whole process says 5 working days.
    if (slaRows.findByProcessKeyAndActivityIdAndPemdaCode(PROCESS, "*", "*").isEmpty()) {
      administration.create(PROCESS, null, null, 5, 3, 3, null);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theModelsServiceLevelBeatsTheDatabaseDefault() {
    Task task = support.task(support.start(PROCESS, "52.02", wita("2026-07-01T10:00")));
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ModelSla");
    // Wednesday + 2 working days (the model), not + 5 (the database's process default).
    assertThat(task.getDueDate().toInstant()).isEqualTo(wita("2026-07-03T10:00"));
    support.at(wita("2026-07-03T11:00"));
    support.checkOverdue();
    assertThat(escalations.findByStepKeyAndLevel(task.getId(), 1)).as("overdue: the step escalates")
        .isPresent();
  }

  @Test
  void aPemdasOwnRowOverridesTheModel() {
    if (slaRows.findByProcessKeyAndActivityIdAndPemdaCode(PROCESS, "*", "52.04").isEmpty()) {
      administration.create(PROCESS, null, "52.04", 4, 2, 2, null);
    }
    Task sumbawa = support.task(support.start(PROCESS, "52.04", wita("2026-07-01T10:00")));
    assertThat(sumbawa.getDueDate().toInstant()).as("Sumbawa's own 4 days")
        .isEqualTo(wita("2026-07-07T10:00"));
    Task lombokTengah = support.task(support.start(PROCESS, "52.02", wita("2026-07-01T10:00")));
    assertThat(lombokTengah.getDueDate().toInstant()).as("the model's 2 days")
        .isEqualTo(wita("2026-07-03T10:00"));
  }

  @Test
  void aStepTheModelExemptsHasADueDateButNoLadder() {
    Task first = support.task(support.start(PROCESS, "52.02", wita("2026-07-01T10:00")));
    engine.getTaskService().complete(first.getId());
    Task exempt = engine.getTaskService().createTaskQuery()
        .processInstanceId(first.getProcessInstanceId()).singleResult();
    assertThat(exempt.getTaskDefinitionKey()).isEqualTo("Task_NeverEscalates");
    assertThat(exempt.getDueDate().toInstant()).as("the database's 5 days")
        .isEqualTo(wita("2026-07-08T10:00"));
    support.at(wita("2026-07-09T10:00"));
    support.checkOverdue();
    assertThat(support.ladder(exempt.getId())).as("overdue, yet no ladder").isNull();
    support.at(wita("2026-07-20T10:00"));
    support.checkOverdue();
    assertThat(support.ladder(exempt.getId())).as("nor on a later check").isNull();
    assertThat(escalations.findByStepKeyOrderByLevel(exempt.getId())).as("nor a reminder")
        .isEmpty();
    engine.getTaskService().complete(exempt.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(exempt.getProcessInstanceId()).count()).as("the case went on").isZero();
  }

  /** Two user tasks in a row, each with the given {@code sinergi.*} properties. */
  private static BpmnModelInstance model(Map<String, Map<String, String>> settings) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Uji pengaturan langkah")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").name("Uji dimulai")
        .userTask("Task_ModelSla").name("Kerjakan langkah uji")
        .camundaCandidateGroups("pemda-${pemdaCode}-ekonomi")
        .userTask("Task_NeverEscalates").name("Kerjakan langkah tanpa eskalasi")
        .camundaCandidateGroups("pemda-${pemdaCode}-ekonomi")
        .endEvent("Event_Ended").name("Uji selesai")
        .done();
    settings.forEach((taskId, properties) -> {
      UserTask task = model.getModelElementById(taskId);
      CamundaProperties list = model.newInstance(CamundaProperties.class);
      properties.forEach((name, value) -> {
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        list.addChildElement(property);
      });
      task.builder().addExtensionElement(list);
    });
    return model;
  }
}
