package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisbursementKecamatanRepository extends JpaRepository<DisbursementKecamatan, Long> {

  List<DisbursementKecamatan> findByReportIdOrderById(long reportId);

  void deleteByReportId(long reportId);
}
