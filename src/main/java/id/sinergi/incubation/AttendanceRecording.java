package id.sinergi.incubation;

import id.sinergi.kernel.error.InvalidInputException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who attended a weekly session: the ticked participants are present, every other
 * active participant absent. Refused for a session not yet held, a session the cohort does not
 * have, and anyone who is not an active participant of the cohort.
 */
@Service
public class AttendanceRecording {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final ClassSessionRepository sessions;
  private final CandidateRepository candidates;
  private final AttendanceRepository attendance;

  public AttendanceRecording(ClassSessionRepository sessions, CandidateRepository candidates,
      AttendanceRepository attendance) {
    this.sessions = sessions;
    this.candidates = candidates;
    this.attendance = attendance;
  }

  @Transactional
  public ClassSession record(Cohort cohort, int sessionNumber, Collection<Long> attended,
      String userId, String field) {
    ClassSession session = sessions.findByCohortIdAndNumber(cohort.getId(), sessionNumber)
        .orElseThrow(() -> new InvalidInputException("sessionNumber", "Angkatan '"
            + cohort.getName() + "' tidak punya sesi ke-" + sessionNumber + " (sesi 1–"
            + sessions.countByCohortId(cohort.getId()) + ")."));
    if (session.getSessionDate().isAfter(IncubationClock.today())) {
      throw new InvalidInputException("sessionNumber", "Sesi ke-" + sessionNumber
          + " baru dijadwalkan " + DAY.format(session.getSessionDate())
          + "; kehadiran belum dapat dicatat.");
    }
    Map<Long, Candidate> active = activeParticipants(cohort).stream()
        .collect(Collectors.toMap(Candidate::getId, Function.identity()));
    Set<Long> present = new HashSet<>(attended);
    for (Long id : present) {
      if (!active.containsKey(id)) {
        Candidate other = candidates.findById(id).orElse(null);
        String reason = other == null || !other.getCohortId().equals(cohort.getId())
            ? "Peserta " + id + " bukan peserta angkatan ini."
            : other.label() + " bukan peserta aktif angkatan ini (" + describe(other) + ").";
        throw new InvalidInputException(field, reason);
      }
    }
    for (Candidate participant : active.values()) {
      boolean isPresent = present.contains(participant.getId());
      Attendance row = attendance.findBySessionIdAndCandidateId(session.getId(),
          participant.getId()).orElse(null);
      if (row == null) {
        attendance.save(new Attendance(session.getId(), participant.getId(), isPresent));
      } else {
        row.setPresent(isPresent);
      }
    }
    session.recorded(userId, IncubationClock.now());
    return session;
  }

  public List<Candidate> activeParticipants(Cohort cohort) {
    return candidates.findByCohortIdAndStatusInOrderBySelectionRank(cohort.getId(),
        List.of(CandidateStatus.SELECTED));
  }

  private static String describe(Candidate candidate) {
    return switch (candidate.getStatus()) {
      case WITHDRAWN -> "sudah mengundurkan diri";
      case GRADUATED, NOT_GRADUATED -> "program sudah selesai";
      default -> "tidak terpilih sebagai peserta";
    };
  }
}
