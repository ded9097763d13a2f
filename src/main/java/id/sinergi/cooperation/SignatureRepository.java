package id.sinergi.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<Signature, Long> {

  List<Signature> findByCooperationIdOrderById(long cooperationId);
}
