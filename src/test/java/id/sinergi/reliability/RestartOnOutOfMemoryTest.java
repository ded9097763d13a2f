package id.sinergi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way the README starts Sinergi ends the JVM on OutOfMemoryError (a JVM whose web threads
 * died answers nothing, health included), and every supervisor we ship starts it again.
 */
class RestartOnOutOfMemoryTest {

  private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";

  @Test
  void everyJavaCommandInTheReadmeExitsOnOutOfMemory() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher java = Pattern.compile("(?m)^\\s*java\\s.*-jar\\s.*$").matcher(readme);
    int commands = 0;
    while (java.find()) {
      commands++;
      assertThat(java.group()).as("README: " + java.group().trim()).contains(FLAG);
    }
    assertThat(commands).isPositive();
  }

  @Test
  void springBootRunDockerAndSystemdPassTheFlagAndRestart() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).containsPattern("<jvmArguments>[^<]*" + Pattern.quote(FLAG));
    List<String> entrypoint = Files.readAllLines(Path.of("Dockerfile")).stream()
        .filter(l -> l.startsWith("ENTRYPOINT")).toList();
    assertThat(entrypoint).singleElement().asString().contains(FLAG);
    String compose = Files.readString(Path.of("docker-compose.yml"));
    assertThat(compose.substring(compose.indexOf("  sinergi:")))
        .containsPattern("(?m)^    restart: unless-stopped$");
    String unit = Files.readString(Path.of("ops/systemd/sinergi.service"));
    assertThat(unit).contains("Restart=always").containsPattern("ExecStart=.*" + Pattern.quote(FLAG));
  }
}
