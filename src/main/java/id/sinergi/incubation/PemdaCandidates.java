package id.sinergi.incubation;

import id.sinergi.datarequest.BusinessActors;
import id.sinergi.datarequest.BusinessActors.Actor;
import id.sinergi.datarequest.BusinessActors.Help;
import id.sinergi.incubation.BusinessProfile.Need;
import id.sinergi.incubation.BusinessProfile.Sector;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes candidates from the business actors a Pemda's OPDs sent through data requests. Each
 * actor goes through the same rules as a registration; one that breaks a rule is skipped with
 * its reason instead of refusing the others, since the incubator did not type these rows.
 */
@Service
class PemdaCandidates {

  /** The request body: which Pemda (the cohort's region by default) and which actors. */
  record Request(String pemdaCode, String sector, String kecamatan, List<String> niks,
      String need, String defaultSector) {}

  record Skipped(String nik, String name, String reason) {}

  record Result(String pemdaCode, int found, List<Candidate> added, List<Skipped> skipped) {}

  private final BusinessActors actors;
  private final CandidateRegistration registration;
  private final OrganisationRegistry registry;
  private final OrganisationRegistry units;

  PemdaCandidates(BusinessActors actors, CandidateRegistration registration,
      OrganisationRegistry registry, OrganisationRegistry units) {
    this.actors = actors;
    this.registration = registration;
    this.registry = registry;
    this.units = units;
  }

  @Transactional
  public Result take(Cohort cohort, Request request, String userId) {
    registration.requireRecruiting(cohort);
    String pemda = CandidateRegistration.trim(request.pemdaCode()) == null
        ? cohort.getPemdaCode() : request.pemdaCode().trim();
    checkRequest(pemda, request);
    List<Actor> found = actors.ofPemda(pemda, new BusinessActors.Filter(request.sector(),
        request.kecamatan(), request.niks()), CandidateRegistration.MAX_ROWS + 1);
    if (found.size() > CandidateRegistration.MAX_ROWS) {
      throw new InvalidInputException("filter", "Lebih dari " + CandidateRegistration.MAX_ROWS
          + " pelaku usaha cocok; persempit dengan sektor, kecamatan atau daftar NIK.");
    }
    Sector fallback = BusinessProfile.parse(Sector.class, request.defaultSector());
    List<CandidateInput> accepted = new ArrayList<>();
    Map<String, Actor> byNik = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Actor actor : found) {
      Sector sector = ActorSectors.of(actor.sector());
      if (sector == null && fallback == null) {
        skipped.add(new Skipped(actor.nik(), actor.name(), "Sektor '" + actor.sector()
            + "' tidak dapat dipetakan ke sektor inkubasi; isi defaultSector ("
            + BusinessProfile.allowed(Sector.class) + ")."));
        continue;
      }
      CandidateInput input = new CandidateInput(actor.nik(), actor.name(), actor.name(),
          actor.nik(), actor.nib(), pemda, address(actor),
          (sector == null ? fallback : sector).name(),
          actor.scale() == null ? null : actor.scale().name(), request.need().trim());
      List<FieldError> problems = registration.problems(cohort, input);
      if (problems.isEmpty()) {
        accepted.add(input);
        byNik.put(actor.nik(), actor);
      } else {
        skipped.add(new Skipped(actor.nik(), actor.name(), problems.stream()
            .map(FieldError::reason).collect(Collectors.joining(" "))));
      }
    }
    List<Candidate> added = accepted.isEmpty() ? List.of()
        : registration.registerAll(cohort, accepted, Candidate.Source.PEMDA_DATA, userId);
    added.forEach(c -> flagHelps(cohort, c, byNik.get(c.getNik())));
    return new Result(pemda, found.size(), added, skipped);
  }

  private void checkRequest(String pemda, Request request) {
    List<FieldError> errors = new ArrayList<>();
    if (units.findUnit(pemda).filter(u -> u.getKind() == UnitKind.PEMDA).isEmpty()) {
      errors.add(new FieldError("pemdaCode", "Kode Pemda '" + pemda
          + "' tidak dikenal; gunakan kode wilayah NTB seperti 52.04."));
    }
    if (BusinessProfile.parse(Need.class, request.need()) == null) {
      errors.add(new FieldError("need", "Kebutuhan utama wajib dipilih untuk semua calon ("
          + BusinessProfile.allowed(Need.class) + "): data pelaku usaha OPD tidak memuatnya."));
    }
    if (CandidateRegistration.trim(request.defaultSector()) != null
        && BusinessProfile.parse(Sector.class, request.defaultSector()) == null) {
      errors.add(new FieldError("defaultSector", "Sektor '" + request.defaultSector().trim()
          + "' tidak dikenal; pilih " + BusinessProfile.allowed(Sector.class) + "."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Help an OPD reported is fostering by another OPD: told to the incubator like the rest. */
  private void flagHelps(Cohort cohort, Candidate candidate, Actor actor) {
    if (actor == null || actor.helps().isEmpty()) {
      return;
    }
    String helps = actor.helps().stream()
        .filter(h -> !h.opdCode().equals(cohort.getIncubatorCode()))
        .map(this::describe).distinct().collect(Collectors.joining("; "));
    if (helps.isEmpty()) {
      return;
    }
    String flag = (candidate.getFosteredFlag() == null ? "" : candidate.getFosteredFlag() + " ")
        + "Menurut data Pemda: " + helps + ".";
    candidate.setFosteredFlag(flag.length() > 1000 ? flag.substring(0, 997) + "..." : flag);
  }

  private String describe(Help help) {
    return help.kind().label() + " dari " + registry.displayName(registry.unit(help.opdCode()))
        + (help.programme() == null ? "" : " (" + help.programme() + ")")
        + (help.since() == null ? "" : " sejak " + help.since());
  }

  private static String address(Actor actor) {
    String text = java.util.stream.Stream.of(actor.desa(), actor.kecamatan())
        .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }
}
