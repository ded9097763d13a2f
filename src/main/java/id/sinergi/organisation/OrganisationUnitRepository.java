package id.sinergi.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, String> {

  List<OrganisationUnit> findByKindOrderByCode(UnitKind kind);

  List<OrganisationUnit> findByPemdaCodeOrderByCode(String pemdaCode);

  List<OrganisationUnit> findByStaffGroupIdIn(Collection<String> groupIds);
}
