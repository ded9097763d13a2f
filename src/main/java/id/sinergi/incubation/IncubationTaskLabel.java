package id.sinergi.incubation;

import id.sinergi.kernel.cases.CaseFile;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;
import static id.sinergi.incubation.IncubationVariables.COHORT_ID;
import static id.sinergi.incubation.IncubationVariables.LOOP_COUNTER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names whom or which session a task is about, so eight parallel verification tasks or a year
 * of attendance tasks can be told apart in Tasklist: "Verifikasi calon di lapangan: Dodol
 * Rumput Laut Bu Inaq — Lombok Timur". The Pemda suffix of the form layer stays last.
 */
@Component
public class IncubationTaskLabel implements TaskListener {

  private final IncubationCases cases;
  private final ClassSessionRepository sessions;

  public IncubationTaskLabel(IncubationCases cases, ClassSessionRepository sessions) {
    this.cases = cases;
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseFile caseFile = cases.of(task);
    String label = cases.candidate(task, caseFile).map(Candidate::getBusinessName).orElse(null);
    if (label == null && LOOP_COUNTER.get(task) != null) {
      int number = AttendanceForm.sessionNumber(task);
      label = sessions.findByCohortIdAndNumber(cases.cohort(caseFile).getId(), number)
          .map(s -> "sesi ke-" + number + " ("
              + AttendanceRecording.DAY.format(s.getSessionDate()) + ")").orElse(null);
    }
    if (label == null || task.getName() == null) {
      return;
    }
    String name = task.getName();
    int suffix = name.indexOf(" — ");
    task.setName(suffix < 0 ? name + ": " + label
        : name.substring(0, suffix) + ": " + label + name.substring(suffix));
  }
}
