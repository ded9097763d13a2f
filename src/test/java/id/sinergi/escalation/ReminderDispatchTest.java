package id.sinergi.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a check batch is handed to escalation-reminder: whole keys, never over the variable's size. */
class ReminderDispatchTest {

  @Test
  void chunksHoldAtMostTheBatchSize() {
    List<String> keys = IntStream.range(0, 7).mapToObj(i -> "task-" + i).toList();
    assertThat(ReminderDispatch.chunks(keys, 3))
        .containsExactly("task-0,task-1,task-2", "task-3,task-4,task-5", "task-6");
    assertThat(ReminderDispatch.chunks(List.of(), 3)).isEmpty();
  }

  @Test
  void chunksNeverOutgrowAStringVariable() {
    // Message waits are keyed by activity instance ids: "Event_…:<uuid>", about 60 characters.
    List<String> keys = IntStream.range(0, 100)
        .mapToObj(i -> "Event_AnswerOfTheDinasKoperasiReceived:0f8e6a2c-ecf1-11f1-8fef-" + i).toList();
    List<String> chunks = ReminderDispatch.chunks(keys, 100);
    assertThat(chunks).hasSizeGreaterThan(1)
        .allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(ReminderDispatch.MAX_KEYS_LENGTH));
    assertThat(String.join(",", chunks).split(",")).containsExactlyElementsOf(keys);
  }
}
