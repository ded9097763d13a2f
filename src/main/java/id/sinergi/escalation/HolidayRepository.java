package id.sinergi.escalation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

  List<Holiday> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

  List<Holiday> findAllByOrderByDate();
}
