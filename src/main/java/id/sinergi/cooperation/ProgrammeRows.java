package id.sinergi.cooperation;

import id.sinergi.organisation.OrganisationRegistry;

import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads the programme, mentor and training rows of a dynamic list and checks each row. */
@Component
class ProgrammeRows {

  static final Set<String> TYPES = Arrays.stream(ProgramType.values()).map(Enum::name)
      .collect(Collectors.toSet());

  private final OrganisationRegistry units;

  ProgrammeRows(OrganisationRegistry units) {
    this.units = units;
  }

  List<ProgramItem> programs(FormValues values, String key, long cooperationId, String pemdaCode,
      boolean supplement, FieldErrors errors) {
    List<ProgramItem> items = new ArrayList<>();
    for (FormValues row : values.rows(key)) {
      ProgramItem item = new ProgramItem();
      item.cooperationId = cooperationId;
      String type = errors.choice(row, "type", TYPES);
      item.type = type != null && TYPES.contains(type) ? ProgramType.valueOf(type) : null;
      item.name = errors.text(row, "name", 200);
      item.budget = errors.amount(row, "budget", true);
      Integer year = errors.count(row, "year", 2000, 2100, true);
      item.year = year == null ? 0 : year;
      item.opdUnitCode = opd(row, pemdaCode, errors);
      Integer target = errors.count(row, "targetBusinesses", 0, 10_000_000, true);
      item.targetBusinesses = target == null ? 0 : target;
      item.addedInSupplement = supplement;
      items.add(item);
    }
    return items;
  }

  List<Mentor> mentors(FormValues values, long cooperationId, String pemdaCode, FieldErrors errors) {
    List<Mentor> mentors = new ArrayList<>();
    for (FormValues row : values.rows("mentors")) {
      Mentor mentor = new Mentor();
      mentor.cooperationId = cooperationId;
      mentor.name = errors.text(row, "name", 200);
      mentor.opdUnitCode = opd(row, pemdaCode, errors);
      mentor.area = errors.text(row, "area", 200);
      mentor.contact = errors.text(row, "contact", 100);
      if (mentor.contact != null
          && !mentor.contact.matches("^((\\+62|0)[0-9]{8,13}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$")) {
        errors.add(row.field("contact"), "isi nomor telepon (08… atau +62…) atau alamat email");
      }
      mentors.add(mentor);
    }
    return mentors;
  }

  List<Training> trainings(FormValues values, long cooperationId, FieldErrors errors) {
    List<Training> trainings = new ArrayList<>();
    for (FormValues row : values.rows("trainings")) {
      Training training = new Training();
      training.cooperationId = cooperationId;
      training.name = errors.text(row, "name", 200);
      training.organiser = errors.text(row, "organiser", 200);
      training.schedule = errors.text(row, "schedule", 200);
      Integer capacity = errors.count(row, "capacity", 1, 100_000, true);
      training.capacity = capacity == null ? 0 : capacity;
      trainings.add(training);
    }
    return trainings;
  }

  /** The OPD slug of the form (e.g. "diskop") as a current unit of this Pemda. */
  private String opd(FormValues row, String pemdaCode, FieldErrors errors) {
    String slug = errors.text(row, "opd", 40);
    if (slug == null) {
      return null;
    }
    String code = pemdaCode + "-" + slug;
    boolean exists = units.findUnit(code)
        .filter(u -> u.isValidOn(EngineClock.today())).isPresent();
    if (!exists) {
      errors.add(row.field("opd"), "OPD ini tidak ada di Pemda Anda; pilih OPD lain");
      return null;
    }
    return code;
  }

  static BigDecimal nonNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
