package id.sinergi.datarequest;

import static id.sinergi.datarequest.DataRequestVariables.PROCESS_ID;

import id.sinergi.organisation.OrganisationRegistry;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: Sumbawa's Bagian Perekonomian has asked three OPDs (Diskop, Disnaker,
 * Bappeda) for programme and business-actor data; Diskop has answered, the others have not.
 * Started standalone (callerReference "demo"); created once, kept across restarts.
 */
@Component
@Profile("demo")
class DataRequestDemo {

  static final String PEMDA = "52.04";
  static final String REFERENCE = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DataRequestDemo.class);

  /** userId, first name, last name, staff group. */
  private static final List<String[]> USERS = List.of(
      new String[] {"sumbawa.disnaker", "Iwan", "Setiawan (Disnaker Sumbawa)",
          "pemda-52.04-disnaker"},
      new String[] {"sumbawa.bappeda", "Rahmawati", "(Bappeda Sumbawa)", "pemda-52.04-bappeda"});

  private final ProcessEngine engine;
  private final String password;

  DataRequestDemo(ProcessEngine engine, @Value("${sinergi.demo.password}") String password) {
    this.engine = engine;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createDemo() {
    createUsers();
    boolean exists = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID).variableValueEquals("callerReference", REFERENCE)
        .count() > 0;
    if (exists) {
      return;
    }
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID,
        "demo-sumbawa-data", Map.of("pemdaCode", PEMDA, "requesterGroup",
            "pemda-52.04-ekonomi", "callerReference", REFERENCE, "dataKinds",
            "PROGRAM,BUSINESS_ACTOR"));
    String due = OrganisationRegistry.today().plusDays(14).toString();
    complete(instance, DataRequestVariables.TASK_PLAN, Map.of("requests", Spin.JSON(List.of(
        Map.of("opdCode", "52.04-diskop", "kinds", List.of("PROGRAM", "BUSINESS_ACTOR"),
            "dueDate", due, "note", "Program bantuan UMKM 2026 dan penerimanya"),
        Map.of("opdCode", "52.04-disnaker", "kinds", List.of("TRAINING", "BUSINESS_ACTOR"),
            "dueDate", due, "note", "Peserta pelatihan BLK 2025–2026"),
        Map.of("opdCode", "52.04-bappeda", "kinds", List.of("PROGRAM"), "dueDate", due)))));
    runJobs(instance);
    Task diskop = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroup("pemda-52.04-diskop").singleResult();
    engine.getFormService().submitTaskForm(diskop.getId(), Map.of("answer", "PROVIDE",
        "programs", Spin.JSON(List.of(Map.of("name", "Bantuan alat usaha UMKM 2026",
            "detail", "Hibah peralatan untuk usaha ultra mikro, bersama Baznas", "amount",
            750000000, "quantity", 150))),
        "actors", Spin.JSON(List.of(
            Map.of("nama", "Siti Aminah", "nik", "5204015107850003", "sektor", "10792",
                "kecamatan", "Moyo Hilir", "desa", "Moyo", "skala", "ULTRA_MIKRO",
                "telepon", "081234567890", "jenisBantuan", "HIBAH",
                "program", "Bantuan alat usaha UMKM 2026"),
            Map.of("nama", "Abdul Rahman", "nik", "5204031203800002", "sektor", "Perdagangan",
                "kecamatan", "Alas", "desa", "Dalam", "skala", "MIKRO",
                "jenisBantuan", "PELATIHAN")))));
    runJobs(instance);
    LOG.info("Demo: Sumbawa data request to Diskop, Disnaker and Bappeda (Diskop answered)");
  }

  /** As Tasklist submits: prefilled (task-local) fields take the submitted values. */
  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    engine.getFormService().submitTaskForm(task.getId(), values);
  }

  /** The demo does not wait for the job executor (off in tests). */
  private void runJobs(ProcessInstance instance) {
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private void createUsers() {
    var identity = engine.getIdentityService();
    for (String[] demo : USERS) {
      if (identity.createUserQuery().userId(demo[0]).count() == 0) {
        User user = identity.newUser(demo[0]);
        user.setFirstName(demo[1]);
        user.setLastName(demo[2]);
        user.setEmail(demo[0] + "@demo.sinergi.local");
        user.setPassword(password);
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(demo[0]).memberOfGroup(demo[3]).count() == 0) {
        identity.createMembership(demo[0], demo[3]);
      }
    }
  }
}
