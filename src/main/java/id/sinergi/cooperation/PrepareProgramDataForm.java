package id.sinergi.cooperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.datarequest.DataPackages;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * cooperation-prepare-program-data (step 1): the Pemda's programmes, mentors and trainings.
 * Each submission replaces the previous version; after a send-back the form shows the data
 * entered before and the Sekda's notes. Before anything is entered, it shows and pre-fills what
 * the OPDs sent through the data request ("Minta data program dari OPD") the process made first.
 */
@Component
class PrepareProgramDataForm extends CooperationForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The OPD choices of the form's "OPD" selects (the unit code after the Pemda). */
  private static final Set<String> FORM_OPDS = Set.of("ekonomi", "diskop", "disperin",
      "disnaker", "bappeda", "blk", "setda");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ProgrammeRows rows;
  private final DataPackages packages;
  private final OrganisationRegistry registry;

  PrepareProgramDataForm(CooperationData data, ProgrammeRows rows, DataPackages packages,
      OrganisationRegistry registry) {
    super(data);
    this.rows = rows;
    this.packages = packages;
    this.registry = registry;
  }

  @Override
  public String formId() {
    return "cooperation-prepare-program-data";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Cooperation cooperation = cooperation(caseFile);
    long id = cooperation.id;
    Map<String, Object> values = new HashMap<>();
    packages.latestSent(cooperation.number).ifPresent(sent -> {
      values.put("opdDataSummary", opdSummary(sent));
      if (data.programs.findByCooperationIdOrderById(id).isEmpty()) {
        values.putAll(fromOpds(sent));
      }
    });
    data.decisions.findFirstByCooperationIdOrderByIdDesc(id).filter(d -> !d.approved)
        .ifPresent(d -> values.put("previousNotes", "Dikembalikan oleh Sekda: " + d.notes));
    List<Map<String, Object>> programs = data.programs.findByCooperationIdOrderById(id).stream()
        .filter(p -> !p.addedInSupplement).map(p -> row("type", p.type.name(), "name", p.name,
            "budget", p.budget, "year", p.year, "opd", slug(p.opdUnitCode),
            "targetBusinesses", p.targetBusinesses)).toList();
    if (!programs.isEmpty()) {
      values.put("programs", json(programs));
      values.put("mentors", json(data.mentors.findByCooperationIdOrderById(id).stream()
          .map(m -> row("name", m.name, "opd", slug(m.opdUnitCode), "area", m.area,
              "contact", m.contact)).toList()));
      values.put("trainings", json(data.trainings.findByCooperationIdOrderById(id).stream()
          .map(t -> row("name", t.name, "organiser", t.organiser, "schedule", t.schedule,
              "capacity", t.capacity)).toList()));
    }
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    Cooperation cooperation = cooperation(submission);
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    List<ProgramItem> programs = rows.programs(values, "programs", cooperation.id,
        cooperation.pemdaCode, false, errors);
    if (programs.isEmpty()) {
      errors.add("programs", "isi paling sedikit satu program dukungan");
    }
    List<Mentor> mentors = rows.mentors(values, cooperation.id, cooperation.pemdaCode, errors);
    List<Training> trainings = rows.trainings(values, cooperation.id, errors);
    errors.throwIfAny();
    data.programs.deleteByCooperationId(cooperation.id);
    data.mentors.deleteByCooperationId(cooperation.id);
    data.trainings.deleteByCooperationId(cooperation.id);
    data.programs.flush();
    data.programs.saveAll(programs);
    data.mentors.saveAll(mentors);
    data.trainings.saveAll(trainings);
  }

  /** "Dinas Koperasi …: 2 program, 1 pendamping, 3 pelaku usaha; Bappeda: menolak (alasan)". */
  private String opdSummary(DataPackages.Sent sent) {
    if (sent.answers().isEmpty()) {
      return "Tidak ada OPD yang diminta data.";
    }
    return sent.answers().stream().map(a -> opdName(a.opdUnitCode()) + ": " + switch (a.status()) {
      case "REFUSED" -> "tidak dapat menyediakan data"
          + (a.refusalReason() == null ? "" : " (" + a.refusalReason() + ")");
      case "OPEN" -> "belum menjawab";
      case "NOT_ANSWERED" -> "tidak menjawab";
      default -> counts(sent, a);
    }).collect(Collectors.joining("; ")) + ".";
  }

  private static String counts(DataPackages.Sent sent, DataPackages.OpdAnswer answer) {
    List<String> parts = new ArrayList<>();
    Map<String, Long> byKind = sent.items().stream()
        .filter(i -> i.opdUnitCode().equals(answer.opdUnitCode()))
        .collect(Collectors.groupingBy(DataPackages.SentItem::kind, Collectors.counting()));
    add(parts, byKind.get("PROGRAM"), "program");
    add(parts, byKind.get("MENTOR"), "pendamping");
    add(parts, byKind.get("TRAINING"), "pelatihan");
    add(parts, (long) answer.actors(), "pelaku usaha");
    return parts.isEmpty() ? "menjawab tanpa data" : String.join(", ", parts);
  }

  private static void add(List<String> parts, Long count, String what) {
    if (count != null && count > 0) {
      parts.add(count + " " + what);
    }
  }

  /** The OPDs' programmes, mentors and trainings as rows of this form, to check and complete. */
  private static Map<String, Object> fromOpds(DataPackages.Sent sent) {
    Map<String, Object> values = new HashMap<>();
    List<Map<String, Object>> programs = new ArrayList<>();
    List<Map<String, Object>> mentors = new ArrayList<>();
    List<Map<String, Object>> trainings = new ArrayList<>();
    for (DataPackages.SentItem item : sent.items()) {
      String opd = formOpd(item.opdUnitCode());
      switch (item.kind()) {
        case "PROGRAM" -> programs.add(row("name", item.name(), "budget", item.amount(),
            "year", EngineClock.today().getYear(), "opd", opd,
            "targetBusinesses", item.quantity()));
        case "MENTOR" -> mentors.add(row("name", item.name(), "opd", opd, "area", item.detail()));
        case "TRAINING" -> trainings.add(row("name", item.name(), "organiser", item.detail(),
            "schedule", item.startDate() == null ? null : "mulai " + item.startDate().format(DAY),
            "capacity", item.quantity()));
        default -> { }
      }
    }
    if (!programs.isEmpty()) {
      values.put("programs", json(programs));
    }
    if (!mentors.isEmpty()) {
      values.put("mentors", json(mentors));
    }
    if (!trainings.isEmpty()) {
      values.put("trainings", json(trainings));
    }
    return values;
  }

  private static String formOpd(String unitCode) {
    String slug = slug(unitCode);
    return FORM_OPDS.contains(slug) ? slug : null;
  }

  private String opdName(String unitCode) {
    try {
      return registry.unit(unitCode).getName();
    } catch (NotFoundException gone) {
      return unitCode;
    }
  }

  private static String slug(String unitCode) {
    return unitCode.substring(unitCode.indexOf('-') + 1);
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
