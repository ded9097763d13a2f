package id.sinergi.kernel.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class UserRefusalLogFilterTest {

  @Test
  void recognisesARefusalInsideTheEnginesWrapperOnly() {
    var refusal = new ProcessEngineException("ENGINE-03051 listener failed",
        new InvalidInputException("budget", "tidak boleh kurang dari 0"));
    assertThat(UserRefusalLogFilter.isRefusal(refusal)).isTrue();
    assertThat(UserRefusalLogFilter.isRefusal(new ProcessEngineException("database down")))
        .isFalse();
    assertThat(UserRefusalLogFilter.isRefusal(null)).isFalse();
  }
}
