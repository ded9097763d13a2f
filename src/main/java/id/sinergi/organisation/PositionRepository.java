package id.sinergi.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionRepository extends JpaRepository<Position, String> {

  List<Position> findByUnitCodeOrderByCode(String unitCode);

  Optional<Position> findFirstByUnitCodeAndHeadOfUnitTrue(String unitCode);

  List<Position> findByGroupIdIn(Collection<String> groupIds);
}
