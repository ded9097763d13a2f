package id.sinergi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx means stored, on the zero-setup default (H2 file under ./data): writes are acknowledged
 * through engine REST (users) and the app's API (holidays) while the process is killed with
 * SIGKILL; after a restart on the same files every acknowledged write is there.
 */
class KillNineDurabilityTest {

  @TempDir Path directory;

  @Test
  void everyAcknowledgedWriteSurvivesKillNineOnTheDefaultH2File() throws Exception {
    ConcurrentLinkedQueue<String> acknowledgedUsers = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<LocalDate> acknowledgedHolidays = new ConcurrentLinkedQueue<>();
    int refused;
    try (SinergiProcess sinergi = new SinergiProcess(directory, Map.of(), List.of())) {
      sinergi.start(Duration.ofMinutes(6));
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch enough = new CountDownLatch(40);
      int[] failures = new int[1];
      Thread writer = new Thread(() -> {
        LocalDate day = LocalDate.of(2091, 1, 1);
        for (int i = 0; !stop.get(); i++) {
          try {
            if (i % 2 == 0) {
              String id = "tahan-" + i;
              int status = sinergi.send("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\""
                  + id + "\",\"firstName\":\"Uji\",\"lastName\":\"Tahan\",\"email\":\"" + id
                  + "@sinergi.test\"},\"credentials\":{\"password\":\"Sandi-Uji-2026!\"}}")
                  .statusCode();
              if (status / 100 == 2) {
                acknowledgedUsers.add(id);
                enough.countDown();
              } else {
                failures[0]++;
              }
            } else {
              LocalDate date = day.plusDays(i);
              int status = sinergi.send("POST", "/api/escalation/holidays", "{\"date\":\"" + date
                  + "\",\"name\":\"Libur uji " + i + "\",\"kind\":\"LIBUR_DAERAH\"}")
                  .statusCode();
              if (status / 100 == 2) {
                acknowledgedHolidays.add(date);
                enough.countDown();
              } else {
                failures[0]++;
              }
            }
          } catch (java.io.IOException killed) {
            return; // the process is gone: this write was never acknowledged
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      writer.start();
      assertThat(enough.await(3, TimeUnit.MINUTES)).as("40 writes acknowledged").isTrue();
      sinergi.kill(); // while the writer is still sending
      stop.set(true);
      writer.join(60_000);
      refused = failures[0];
    }
    assertThat(refused).as("writes refused before the kill").isZero();
    try (SinergiProcess restarted = new SinergiProcess(directory, Map.of(), List.of())) {
      restarted.start(Duration.ofMinutes(6));
      List<String> lostUsers = acknowledgedUsers.stream().filter(id -> {
        try {
          return restarted.send("GET", "/engine-rest/user/" + id + "/profile", null)
              .statusCode() != 200;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();
      String holidays = restarted.send("GET", "/api/escalation/holidays?year=2091", null).body()
          + restarted.send("GET", "/api/escalation/holidays?year=2092", null).body();
      List<LocalDate> lostHolidays = acknowledgedHolidays.stream()
          .filter(d -> !holidays.contains("\"" + d + "\"")).toList();
      System.out.printf("kill -9 on H2 file: %d users and %d holidays acknowledged, lost %d and"
          + " %d%n", acknowledgedUsers.size(), acknowledgedHolidays.size(), lostUsers.size(),
          lostHolidays.size());
      assertThat(lostUsers).as("acknowledged users lost").isEmpty();
      assertThat(lostHolidays).as("acknowledged holidays lost").isEmpty();
      assertThat(Files.exists(directory.resolve("data/sinergi.mv.db"))).isTrue();
    }
  }
}
