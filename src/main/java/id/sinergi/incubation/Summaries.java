package id.sinergi.incubation;

import id.sinergi.organisation.OrganisationRegistry;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-only texts a task shows about its cohort or participant (Indonesian). */
@Component
@Transactional(readOnly = true)
public class Summaries {

  private final CohortRepository cohorts;
  private final CandidateRepository candidates;
  private final AssessmentRepository assessments;
  private final OrganisationRegistry registry;

  public Summaries(CohortRepository cohorts, CandidateRepository candidates,
      AssessmentRepository assessments, OrganisationRegistry registry) {
    this.cohorts = cohorts;
    this.candidates = candidates;
    this.assessments = assessments;
    this.registry = registry;
  }

  public Cohort cohort(Long id) {
    return cohorts.findById(id).orElseThrow(
        () -> new IllegalStateException("No incubation cohort " + id));
  }

  public Candidate candidate(Long id) {
    return candidates.findById(id).orElseThrow(
        () -> new IllegalStateException("No incubation candidate " + id));
  }

  public String cohortLine(Cohort cohort) {
    return "Angkatan: " + cohort.getName() + " — "
        + registry.unit(cohort.getIncubatorCode()).getShortName() + ", wilayah "
        + registry.unit(cohort.getPemdaCode()).getShortName() + ".";
  }

  public String candidate(Candidate c) {
    StringBuilder text = new StringBuilder();
    text.append("Usaha: ").append(c.getBusinessName()).append('\n')
        .append("Pemilik: ").append(c.getOwnerName()).append(" (NIK ").append(c.getNik())
        .append(c.getNib() == null ? "" : ", NIB " + c.getNib()).append(")\n")
        .append("Wilayah: ").append(registry.unit(c.getPemdaCode()).getShortName())
        .append(c.getAddress() == null ? "" : " — " + c.getAddress()).append('\n')
        .append("Sektor: ").append(c.getSector().label).append("; skala: ")
        .append(c.getScale().label).append("; kebutuhan utama: ").append(c.getNeed().label);
    if (c.getFosteredFlag() != null) {
      text.append("\nPERHATIAN: ").append(c.getFosteredFlag());
    }
    return text.toString();
  }

  /** What the trainer and assessors see: the profile and why this training was chosen. */
  public String participant(Candidate c) {
    StringBuilder text = new StringBuilder(candidate(c));
    if (c.getTrack() != null) {
      text.append("\nJalur pelatihan: ").append(c.getTrack()).append("\nModul: ")
          .append(c.getModules()).append("\nAlasan: ").append(c.getFitRationale());
    }
    assessments.findByCandidateIdIn(List.of(c.getId())).forEach(a -> {
      text.append("\nNilai ").append(a.getStage() == Assessment.Stage.MID ? "tengah" : "akhir")
          .append(" program:");
      for (Assessment.Outcome o : Assessment.Outcome.values()) {
        text.append(' ').append(o.label).append(' ').append(a.score(o)).append(';');
      }
    });
    return text.toString();
  }
}
