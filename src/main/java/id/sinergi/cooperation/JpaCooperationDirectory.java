package id.sinergi.cooperation;

import java.util.List;
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
  public List<CooperationRef> ofPemda(String pemdaCode) {
    return cooperations.findAllByOrderByStartedAtDesc().stream()
        .filter(c -> c.pemdaCode.equals(pemdaCode)).map(JpaCooperationDirectory::ref).toList();
  }

  private static CooperationRef ref(Cooperation c) {
    return new CooperationRef(c.id, c.number, c.pemdaCode, c.penyalurCode, c.processInstanceId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CooperationRef> inDistribution(String pemdaCode) {
    return cooperations.findFirstByPemdaCodeAndStatus(pemdaCode, CooperationStatus.DISTRIBUTION)
        .map(c -> new CooperationRef(c.id, c.number, c.pemdaCode, c.penyalurCode,
            c.processInstanceId));
  }
}
