package id.sinergi.incubation;

import id.sinergi.organisation.OrganisationRegistry;

import id.sinergi.kernel.cases.CaseFile;

import id.sinergi.kernel.cases.Cases;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;

import id.sinergi.kernel.caller.Groups;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.organisation.OrganisationUnit;
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
  private final OrganisationRegistry units;
  private final Cases cases;

  CohortPlanForm(CohortPlanning planning, OrganisationRegistry units, Cases cases) {
    this.planning = planning;
    this.units = units;
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "incubation-cohort-plan";
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    // The case policy checked both choices against the caller before the instance started.
    CaseFile caseFile = submission.caseFile();
    OrganisationUnit incubator = units.findUnit(caseFile.getOrganisationCode()).orElseThrow();
    OrganisationUnit pemda = units.findUnit(caseFile.getPemdaCode()).orElseThrow();
    String user = submission.userId();
    String time = text(values, "sessionTime", "Jam kelas", 5, 5);
    if (!time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
      throw new InvalidInputException("sessionTime", "Jam kelas ditulis JJ:MM, misalnya 08:30.");
    }
    LocalDate start = values.date("startDate");
    if (start == null) {
      throw new InvalidInputException("startDate", "Tanggal mulai kelas wajib diisi.");
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
    cases.link(submission.processInstanceId(), cohort.getId());
    submission.set(COHORT_ID, cohort.getId());
  }

  private static int positive(FormValues values, String key, String label, int max) {
    int value = integer(values, key, label);
    if (value < 1 || value > max) {
      throw new InvalidInputException(key, label + " harus antara 1 dan " + max + ".");
    }
    return value;
  }
}
