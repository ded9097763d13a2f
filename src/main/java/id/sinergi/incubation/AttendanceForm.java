package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;
import static id.sinergi.incubation.IncubationVariables.LOOP_COUNTER;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The trainer ticks who attended this week's session (one task per session, not per person). */
@Component
class AttendanceForm extends IncubationForm {

  private final Summaries summaries;
  private final AttendanceRecording recording;
  private final ClassSessionRepository sessions;
  private final CohortModuleRepository modules;

  AttendanceForm(Summaries summaries, AttendanceRecording recording,
      ClassSessionRepository sessions, CohortModuleRepository modules) {
    this.summaries = summaries;
    this.recording = recording;
    this.sessions = sessions;
    this.modules = modules;
  }

  @Override
  public String formId() {
    return "incubation-attendance";
  }

  static int sessionNumber(VariableScope scope) {
    return (LOOP_COUNTER.get(scope)).intValue() + 1;
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Cohort cohort = cohort(caseFile);
    int number = sessionNumber(task);
    ClassSession session = sessions.findByCohortIdAndNumber(cohort.getId(), number).orElseThrow();
    CohortModule module = modules.findById(session.getModuleId()).orElseThrow();
    List<Candidate> participants = recording.activeParticipants(cohort);
    StringBuilder text = new StringBuilder(summaries.cohortLine(cohort))
        .append("\nSesi ke-").append(number).append(" dari ").append(cohort.getSessionCount())
        .append(", ").append(AttendanceRecording.DAY.format(session.getSessionDate()))
        .append(" pukul ").append(cohort.getSessionTime()).append(" WITA")
        .append("\nModul: ").append(module.getName())
        .append(module.getTrainer() == null ? "" : " — narasumber " + module.getTrainer());
    for (Candidate p : participants) {
      text.append("\n• ").append(p.label()).append(p.getTrack() == null
          ? ": jalur pelatihan belum ditentukan"
          : ": jalur " + p.getTrack() + " — " + p.getFitRationale());
    }
    return Map.of("sessionSummary", text.toString(), "participantOptions",
        options(participants.stream().map(p -> option(p.label(), p.getId())).toList()));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Cohort cohort = cohort(submission.caseFile());
    recording.record(cohort, sessionNumber(submission.execution()), ids(values, "attended"),
        submission.userId(), "attended");
  }
}
