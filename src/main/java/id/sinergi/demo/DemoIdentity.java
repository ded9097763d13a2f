package id.sinergi.demo;

import id.sinergi.kernel.caller.Groups;
import id.sinergi.kernel.engine.EngineBootstrapStep;
import id.sinergi.organisation.AdministratorBootstrap;
import id.sinergi.organisation.Appointment;
import id.sinergi.organisation.IdentitySync;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the README's demo logins, all with the same demo password, in the groups
 * and positions of the articles' cases (Lombok Tengah, Sumbawa, Lombok Utara), created before
 * anything answers. Officials hold positions through the registry, so their groups follow their
 * tenure as in production.
 */
@Component
@Profile("demo")
@Order(20)
class DemoIdentity implements EngineBootstrapStep {

  /** userId, first name, last name, staff group or null. */
  record DemoUser(String id, String first, String last, String group) {}

  /** userId, position code, appointment. */
  record DemoHolder(String userId, String position, Appointment appointment) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("pip.kerjasama", "Rina", "Kusumawati (PIP Kerja Sama)", "pip-kerjasama"),
      new DemoUser("pip.kepala", "Bambang", "Sutrisno (Kepala Unit Kerja Sama PIP)", null),
      new DemoUser("loteng.ekonomi", "Lalu", "Muhamad Fauzi (Bagian Ekonomi Lombok Tengah)",
          "pemda-52.02-ekonomi"),
      new DemoUser("loteng.diskop", "Baiq", "Nurhayati (Diskop Lombok Tengah)",
          "pemda-52.02-diskop"),
      new DemoUser("loteng.sekda", "Lalu", "Firman Wijaya (Plt. Sekda Lombok Tengah)", null),
      new DemoUser("loteng.kabag", "Lalu", "Ahmad Zaini (Kepala Bagian Ekonomi Lombok Tengah)",
          null),
      new DemoUser("loteng.bupati", "Lalu", "Pathul Bahri (Bupati Lombok Tengah)", null),
      new DemoUser("sumbawa.ekonomi", "Dewi", "Anggraini (Bagian Perekonomian Sumbawa)",
          "pemda-52.04-ekonomi"),
      new DemoUser("sumbawa.diskop", "Syamsul", "Bahri (Diskop UKM Perindag Sumbawa)",
          "pemda-52.04-diskop"),
      new DemoUser("sumbawa.disnaker", "Iwan", "Setiawan (Disnaker Sumbawa)",
          "pemda-52.04-disnaker"),
      new DemoUser("sumbawa.bappeda", "Rahmawati", "(Bappeda Sumbawa)", "pemda-52.04-bappeda"),
      new DemoUser("sumbawa.sekda", "Hasan", "Basri (Sekda Sumbawa)", null),
      new DemoUser("sumbawa.bupati", "Arif", "Rahman (Bupati Sumbawa)", null),
      new DemoUser("lotara.ekonomi", "Raden", "Sumardi (Bagian Ekonomi Lombok Utara)",
          "pemda-52.08-ekonomi"),
      new DemoUser("lotara.diskop", "Baiq", "Rahmi (Diskop UMKM Perindag Lombok Utara)",
          "pemda-52.08-diskop"),
      new DemoUser("lotara.sekda", "Anding", "Duwi Cahyadi (Sekda Lombok Utara)", null),
      new DemoUser("lotara.bupati", "Najmul", "Akhyar (Bupati Lombok Utara)", null),
      new DemoUser("penyalur.pnm", "Made", "Sudarsana (PNM Wilayah NTB)", "penyalur-pnm"),
      new DemoUser("stipark.staf", "Ni", "Luh Ayu (STIPark NTB)", "stipark"),
      new DemoUser("plut.konsultan", "Ahmad", "Zulkarnain (Konsultan PLUT NTB)", "plut"),
      new DemoUser("manajer", "Sri", "Wahyuni (Manajer)", Groups.MANAGER));

  static final List<DemoHolder> HOLDERS = List.of(
      new DemoHolder("pip.kepala", "pip-kerjasama-kepala", Appointment.DEFINITIF),
      new DemoHolder("loteng.sekda", "52.02-sekda", Appointment.PLT),
      // Lombok Tengah's stalled step reaches a person at level 2 of its ladder.
      new DemoHolder("loteng.kabag", "52.02-ekonomi-kepala", Appointment.DEFINITIF),
      new DemoHolder("loteng.bupati", "52.02-kepala-daerah", Appointment.DEFINITIF),
      new DemoHolder("sumbawa.sekda", "52.04-sekda", Appointment.DEFINITIF),
      // Sumbawa's stalled internal agreement escalates from its Sekda to the Bupati.
      new DemoHolder("sumbawa.bupati", "52.04-kepala-daerah", Appointment.DEFINITIF),
      new DemoHolder("lotara.sekda", "52.08-sekda", Appointment.DEFINITIF),
      new DemoHolder("lotara.bupati", "52.08-kepala-daerah", Appointment.DEFINITIF));

  private final String password;
  private final IdentitySync identitySync;

  DemoIdentity(@Value("${sinergi.demo.password}") String password, IdentitySync identitySync) {
    this.password = password;
    this.identitySync = identitySync;
  }

  @Override
  public void run(ProcessEngine engine) {
    AdministratorBootstrap.ensureAdministrator(engine, "admin", password);
    IdentityService identity = engine.getIdentityService();
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.first());
        user.setLastName(demo.last());
        user.setEmail(demo.id() + "@demo.sinergi.local");
        user.setPassword(password);
        identity.saveUser(user);
      }
      if (demo.group() != null
          && identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
    }
    for (DemoHolder demo : HOLDERS) {
      User user = identity.createUserQuery().userId(demo.userId()).singleResult();
      identitySync.appointOnce(identity, demo.position(), demo.userId(),
          user.getFirstName() + " " + user.getLastName(), demo.appointment(),
          LocalDate.of(2026, 1, 2));
    }
  }
}
