package id.sinergi.cooperation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CooperationDirectory} backed by the cooperation's own tables. */
@Service
class JpaCooperationDirectory implements CooperationDirectory {

  private final CooperationRepository cooperations;

  JpaCooperationDirectory(CooperationRepository cooperations) {
    this.cooperations = cooperations;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CooperationRef> inDistribution(String pemdaCode) {
    return cooperations.findFirstByPemdaCodeAndStatus(pemdaCode, CooperationStatus.DISTRIBUTION)
        .map(c -> new CooperationRef(c.id, c.number, c.pemdaCode, c.penyalurCode,
            c.processInstanceId));
  }
}
