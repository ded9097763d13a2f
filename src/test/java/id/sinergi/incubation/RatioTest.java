package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTest {

  @ParameterizedTest
  @CsvSource({"56, 200, 56/200 (28%)", "4, 5, 4/5 (80%)", "1, 3, 1/3 (33%)", "2, 3, 2/3 (67%)",
      "1, 200, 1/200 (1%)", "0, 200, 0/200 (0%)", "0, 0, 0/0 (-)", "5, 5, 5/5 (100%)"})
  void readsAsCountOfBaseWithPercent(long count, long of, String text) {
    assertThat(Ratio.of(count, of).text()).isEqualTo(text);
    assertThat(Ratio.of(count, of)).hasToString(text);
  }
}
