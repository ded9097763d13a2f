package id.sinergi.incubation;

import id.sinergi.incubation.BusinessProfile.Need;
import id.sinergi.incubation.BusinessProfile.Scale;
import id.sinergi.incubation.BusinessProfile.Sector;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.UnitKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers candidates into a cohort, one by one or as a whole list (import, form): every row is
 * checked first and nothing is saved while any row is wrong. A business (by NIK or NIB) cannot
 * be in two cohorts at once; one already fostered by an OPD programme is flagged.
 */
@Service
public class CandidateRegistration {

  static final int MAX_ROWS = 2000;
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern NIB = Pattern.compile("\\d{13}");

  private final CandidateRepository candidates;
  private final CohortRepository cohorts;
  private final FosteredBusinessRepository fostered;
  private final OrganisationRegistry registry;
  private final OrganisationRegistry units;

  public CandidateRegistration(CandidateRepository candidates, CohortRepository cohorts,
      FosteredBusinessRepository fostered, OrganisationRegistry registry,
      OrganisationRegistry units) {
    this.candidates = candidates;
    this.cohorts = cohorts;
    this.fostered = fostered;
    this.registry = registry;
    this.units = units;
  }

  @Transactional
  public Candidate register(Cohort cohort, CandidateInput input, Candidate.Source source,
      String userId) {
    return registerAll(cohort, List.of(input), source, userId).get(0);
  }

  @Transactional
  public List<Candidate> registerAll(Cohort cohort, List<CandidateInput> inputs,
      Candidate.Source source, String userId) {
    requireRecruiting(cohort);
    if (inputs.size() > MAX_ROWS) {
      throw new InvalidInputException("file", "Paling banyak " + MAX_ROWS
          + " calon sekali unggah; file berisi " + inputs.size() + " baris.");
    }
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> seenNik = new HashMap<>();
    Map<String, String> seenNib = new HashMap<>();
    for (CandidateInput input : inputs) {
      validate(cohort, input, errors);
      String nik = trim(input.nik());
      String nib = trim(input.nib());
      if (nik != null && seenNik.putIfAbsent(nik, label(input)) != null) {
        errors.add(error(input, "nik", "NIK " + nik + " muncul dua kali (juga di "
            + seenNik.get(nik) + ")."));
      }
      if (nib != null && seenNib.putIfAbsent(nib, label(input)) != null) {
        errors.add(error(input, "nib", "NIB " + nib + " muncul dua kali (juga di "
            + seenNib.get(nib) + ")."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OffsetDateTime now = IncubationClock.now();
    List<Candidate> saved = new ArrayList<>();
    for (CandidateInput input : inputs) {
      Candidate candidate = new Candidate(cohort.getId(), trim(input.businessName()),
          trim(input.ownerName()), trim(input.nik()), trim(input.nib()),
          pemdaOf(cohort, input), trim(input.address()),
          BusinessProfile.parse(Sector.class, input.sector()),
          BusinessProfile.parse(Scale.class, input.scale()),
          BusinessProfile.parse(Need.class, input.need()), source, userId, now);
      candidate.setFosteredFlag(fosteredFlag(cohort, candidate));
      saved.add(candidates.save(candidate));
    }
    candidates.flush();
    return saved;
  }

  void requireRecruiting(Cohort cohort) {
    if (cohort.getStatus() != CohortStatus.RECRUITING) {
      throw new InvalidInputException("cohort",
          "Pendaftaran calon angkatan '" + cohort.getName() + "' sudah ditutup.");
    }
  }

  /**
   * What keeps one candidate out of the cohort (the same rules as {@link #registerAll}), so a
   * source that skips instead of refusing the whole list can say why; empty when it may join.
   */
  List<FieldError> problems(Cohort cohort, CandidateInput input) {
    List<FieldError> errors = new ArrayList<>();
    validate(cohort, input, errors);
    return errors;
  }

  private void validate(Cohort cohort, CandidateInput input, List<FieldError> errors) {
    requireText(input, "businessName", input.businessName(), "Nama usaha", errors);
    requireText(input, "ownerName", input.ownerName(), "Nama pemilik", errors);
    String nik = trim(input.nik());
    if (nik == null) {
      errors.add(error(input, "nik", "NIK wajib diisi."));
    } else if (!NIK.matcher(nik).matches()) {
      errors.add(error(input, "nik", "NIK harus 16 angka (tertulis '" + nik
          + "'); di Excel simpan kolom NIK sebagai teks."));
    } else if (!plausibleBirthDate(nik)) {
      errors.add(error(input, "nik", "NIK " + nik
          + " tidak valid: digit 7–12 harus tanggal lahir DDMMYY (tanggal +40 untuk perempuan)."));
    }
    String nib = trim(input.nib());
    if (nib != null && !NIB.matcher(nib).matches()) {
      errors.add(error(input, "nib", "NIB harus 13 angka (tertulis '" + nib + "')."));
    }
    String pemda = pemdaOf(cohort, input);
    if (!isPemda(pemda)) {
      errors.add(error(input, "pemdaCode", "Kode Pemda '" + pemda
          + "' tidak dikenal; gunakan kode wilayah NTB seperti 52.03."));
    }
    checkCode(input, "sector", input.sector(), Sector.class, "Sektor", errors);
    checkCode(input, "scale", input.scale(), Scale.class, "Skala usaha", errors);
    checkCode(input, "need", input.need(), Need.class, "Kebutuhan utama", errors);
    if (nik != null && NIK.matcher(nik).matches()) {
      candidates.findByActiveNik(nik).ifPresent(other -> errors.add(error(input, "nik",
          inOtherCohort(cohort, other, "NIK " + nik))));
    }
    if (nib != null && NIB.matcher(nib).matches()) {
      candidates.findByActiveNib(nib).ifPresent(other -> errors.add(error(input, "nib",
          inOtherCohort(cohort, other, "NIB " + nib))));
    }
  }

  private String inOtherCohort(Cohort cohort, Candidate other, String what) {
    if (other.getCohortId().equals(cohort.getId())) {
      return what + " sudah terdaftar di angkatan ini (" + other.label() + ").";
    }
    String name = cohorts.findById(other.getCohortId()).map(c -> "'" + c.getName() + "' ("
        + registry.unit(c.getIncubatorCode()).getShortName() + ")").orElse("lain");
    return what + " sedang mengikuti angkatan " + name
        + "; satu usaha tidak dapat mengikuti dua angkatan sekaligus.";
  }

  /** Other OPDs' programmes fostering the same business, told to the incubator. */
  private String fosteredFlag(Cohort cohort, Candidate candidate) {
    List<FosteredBusiness> found = new ArrayList<>(fostered.findByNik(candidate.getNik()));
    if (candidate.getNib() != null) {
      fostered.findByNib(candidate.getNib()).stream()
          .filter(f -> found.stream().noneMatch(g -> g.getId().equals(f.getId())))
          .forEach(found::add);
    }
    List<String> flags = found.stream()
        .filter(f -> !f.getUnitCode().equals(cohort.getIncubatorCode()))
        .map(f -> "Sudah menjadi binaan " + registry.displayName(registry.unit(f.getUnitCode()))
            + " sejak " + f.getSince() + " (" + f.getProgramme() + ")")
        .toList();
    if (flags.isEmpty()) {
      return null;
    }
    String text = String.join("; ", flags) + ".";
    return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
  }

  /** Looked up without exceptions: a thrown NotFoundException would doom the transaction. */
  private boolean isPemda(String code) {
    return units.findUnit(code).filter(u -> u.getKind() == UnitKind.PEMDA).isPresent();
  }

  private static boolean plausibleBirthDate(String nik) {
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    return dayOk && month >= 1 && month <= 12;
  }

  private static String pemdaOf(Cohort cohort, CandidateInput input) {
    String code = trim(input.pemdaCode());
    return code == null ? cohort.getPemdaCode() : code;
  }

  private static <E extends Enum<E>> void checkCode(CandidateInput input, String field,
      String value, Class<E> type, String label, List<FieldError> errors) {
    if (trim(value) == null) {
      errors.add(error(input, field, label + " wajib diisi (" + BusinessProfile.allowed(type)
          + ")."));
    } else if (BusinessProfile.parse(type, value) == null) {
      errors.add(error(input, field, label + " '" + value.trim() + "' tidak dikenal; pilih "
          + BusinessProfile.allowed(type) + "."));
    }
  }

  private static void requireText(CandidateInput input, String field, String value,
      String label, List<FieldError> errors) {
    String text = trim(value);
    if (text == null) {
      errors.add(error(input, field, label + " wajib diisi."));
    } else if (text.length() > 200) {
      errors.add(error(input, field, label + " paling panjang 200 karakter."));
    }
  }

  private static FieldError error(CandidateInput input, String field, String reason) {
    return new FieldError(input.reference() == null ? field : input.reference() + "." + field,
        reason);
  }

  private static String label(CandidateInput input) {
    return input.reference() == null ? "data ini" : input.reference();
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
