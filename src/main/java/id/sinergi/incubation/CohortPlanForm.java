package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;
import static id.sinergi.incubation.IncubationVariables.INCUBATOR_GROUP;
import static id.sinergi.incubation.IncubationVariables.PEMDA_CODE;

import id.sinergi.forms.FormSubmission;
import id.sinergi.forms.FormValidationException;
import id.sinergi.forms.FormValues;
import id.sinergi.organisation.Groups;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.OrganisationUnitRepository;
import id.sinergi.organisation.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Start form of incubation-cohort: the incubator plans the cohort. */
@Component
class CohortPlanForm extends IncubationForm {

  private final CohortPlanning planning;
  private final OrganisationUnitRepository units;
  private final IdentityService identity;

  CohortPlanForm(CohortPlanning planning, OrganisationUnitRepository units,
      IdentityService identity) {
    this.planning = planning;
    this.units = units;
    this.identity = identity;
  }

  @Override
  public String formId() {
    return "incubation-cohort-plan";
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    OrganisationUnit incubator = unit(values, "incubatorCode", UnitKind.INCUBATOR, "Inkubator");
    OrganisationUnit pemda = unit(values, "pemdaCode", UnitKind.PEMDA, "Wilayah (Pemda)");
    String user = submission.userId();
    if (user != null && identity.createUserQuery().userId(user)
        .memberOfGroup(incubator.getStaffGroupId()).count() == 0
        && identity.createUserQuery().userId(user).memberOfGroup(Groups.ADMIN).count() == 0) {
      throw new FormValidationException("incubatorCode", "Anda bukan staf "
          + incubator.getShortName() + "; angkatan hanya dapat dibuka oleh staf inkubatornya.");
    }
    String time = text(values, "sessionTime", "Jam kelas", 5, 5);
    if (!time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
      throw new FormValidationException("sessionTime", "Jam kelas ditulis JJ:MM, misalnya 08:30.");
    }
    LocalDate start = values.date("startDate");
    if (start == null) {
      throw new FormValidationException("startDate", "Tanggal mulai kelas wajib diisi.");
    }
    List<CohortPlanning.ModulePlan> modules = new ArrayList<>();
    for (FormValues row : values.rows("modules")) {
      String name = row.text("name");
      if (name != null) {
        modules.add(new CohortPlanning.ModulePlan(text(row, "name", "Nama modul", 3, 200),
            optionalText(row, "trainer", "Narasumber", 200)));
      }
    }
    Cohort cohort = planning.create(new CohortPlanning.Plan(
        text(values, "name", "Nama angkatan", 5, 200), incubator.getCode(), pemda.getCode(),
        positive(values, "targetSize", "Target rekrutmen", 10000),
        positive(values, "capacity", "Kapasitas kelas", 1000), start,
        positive(values, "durationMonths", "Lama program (bulan)", 36), time, modules), user);
    cohort.setProcessInstanceId(submission.processInstanceId());
    submission.setRoutingVariable(COHORT_ID, cohort.getId());
    submission.setRoutingVariable(PEMDA_CODE, cohort.getPemdaCode());
    submission.setRoutingVariable(INCUBATOR_GROUP, incubator.getStaffGroupId());
  }

  private OrganisationUnit unit(FormValues values, String key, UnitKind kind, String label) {
    String code = text(values, key, label, 1, 64);
    // Looked up without exceptions: a thrown NotFoundException would doom the transaction.
    return units.findById(code)
        .filter(u -> u.getKind() == kind && u.isValidOn(IncubationClock.today()))
        .orElseThrow(() -> new FormValidationException(key, label + " '" + code
            + "' tidak dikenal."));
  }

  private static int positive(FormValues values, String key, String label, int max) {
    int value = integer(values, key, label);
    if (value < 1 || value > max) {
      throw new FormValidationException(key, label + " harus antara 1 dan " + max + ".");
    }
    return value;
  }
}
