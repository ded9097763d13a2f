package id.sinergi.incubation;

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
@Component("incubationTaskLabel")
public class TaskLabelListener implements TaskListener {

  private final Summaries summaries;
  private final ClassSessionRepository sessions;

  public TaskLabelListener(Summaries summaries, ClassSessionRepository sessions) {
    this.summaries = summaries;
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    String label = null;
    if (task.hasVariable(CANDIDATE_ID)) {
      label = summaries.candidate(IncubationForm.longVariable(task, CANDIDATE_ID))
          .getBusinessName();
    } else if (task.hasVariable(LOOP_COUNTER) && task.hasVariable(COHORT_ID)) {
      int number = AttendanceForm.sessionNumber(task);
      label = sessions.findByCohortIdAndNumber(IncubationForm.longVariable(task, COHORT_ID),
          number).map(s -> "sesi ke-" + number + " ("
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
