package id.sinergi.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionHolderRepository extends JpaRepository<PositionHolder, Long> {

  List<PositionHolder> findByPositionCodeOrderByValidFromDesc(String positionCode);

  boolean existsByPositionCodeAndUserId(String positionCode, String userId);
}
