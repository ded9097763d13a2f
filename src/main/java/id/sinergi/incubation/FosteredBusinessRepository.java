package id.sinergi.incubation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FosteredBusinessRepository extends JpaRepository<FosteredBusiness, Long> {

  List<FosteredBusiness> findByNik(String nik);

  List<FosteredBusiness> findByNib(String nib);

  boolean existsByCandidateId(Long candidateId);
}
