package id.sinergi.cooperation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisbursementReportRepository extends JpaRepository<DisbursementReport, Long> {

  List<DisbursementReport> findByCooperationIdOrderById(long cooperationId);

  boolean existsByCooperationIdAndReportMonth(long cooperationId, LocalDate reportMonth);
}
