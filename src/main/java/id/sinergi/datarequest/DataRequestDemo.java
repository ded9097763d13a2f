package id.sinergi.datarequest;

import static id.sinergi.datarequest.DataRequestDemoDriver.row;
import static id.sinergi.datarequest.DataRequestVariables.PROCESS_ID;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Bappeda) for programme, training and business-actor data; Diskop has answered, the others
 * have not. Started standalone (callerReference "demo"): the demo cooperations pass step 1 with a
 * short data request of their own. Created once, kept across restarts.
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
  private final DataRequestDemoDriver driver;
  private final DataRequestCaseRepository cases;
  private final String password;

  DataRequestDemo(ProcessEngine engine, DataRequestDemoDriver driver,
      DataRequestCaseRepository cases, @Value("${sinergi.demo.password}") String password) {
    this.engine = engine;
    this.driver = driver;
    this.cases = cases;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createDemo() {
    createUsers();
    if (cases.existsByCallerReference(REFERENCE)) {
      return;
    }
    ProcessInstance request = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID,
        "demo-sumbawa-data", Map.of("pemdaCode", PEMDA, "requesterGroup",
            "pemda-52.04-ekonomi", "callerReference", REFERENCE, "dataKinds",
            "PROGRAM,BUSINESS_ACTOR"));
    driver.plan(request, "sumbawa.ekonomi", List.of(
        row("52.04-diskop", List.of("PROGRAM", "BUSINESS_ACTOR"),
            "Program bantuan UMKM 2026 dan penerimanya"),
        row("52.04-disnaker", List.of("TRAINING", "BUSINESS_ACTOR"),
            "Peserta pelatihan BLK 2025–2026"),
        row("52.04-bappeda", List.of("PROGRAM"), "Program daerah yang dapat bersinergi")));
    driver.answer(request, "pemda-52.04-diskop", "sumbawa.diskop", Map.of("answer", "PROVIDE",
        "programs", Spin.JSON(List.of(Map.of("name", "Hibah alat usaha IKM 2026",
            "detail", "Hibah peralatan untuk usaha ultra mikro dan IKM", "amount", 350000000,
            "quantity", 120))),
        "actors", Spin.JSON(List.of(
            Map.of("nama", "Siti Aminah", "nik", "5204015107850003", "sektor", "10792",
                "kecamatan", "Moyo Hilir", "desa", "Moyo", "skala", "ULTRA_MIKRO",
                "telepon", "081234567890", "jenisBantuan", "HIBAH",
                "program", "Hibah alat usaha IKM 2026"),
            Map.of("nama", "Abdul Rahman", "nik", "5204031203800002", "sektor", "Perdagangan",
                "kecamatan", "Alas", "desa", "Dalam", "skala", "MIKRO",
                "jenisBantuan", "PELATIHAN")))));
    LOG.info("Demo: Sumbawa data request to Diskop, Disnaker and Bappeda (Diskop answered)");
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
