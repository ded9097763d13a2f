package id.sinergi.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

  List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

  Optional<Attendance> findBySessionIdAndCandidateId(Long sessionId, Long candidateId);

  long countByCandidateIdAndPresentTrue(Long candidateId);
}
