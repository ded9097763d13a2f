package id.sinergi.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Everything administrators edit passes the linters Camunda Modeler uses: every BPMN the
 * bpmnlint rules for Camunda Platform 7.24, every form the form linting for its platform, every
 * element template the official JSON schema (tools/lint, installed by the build from npm).
 */
class ModelLintTest {

  @Test
  void modelsFormsAndElementTemplatesLintClean() throws IOException, InterruptedException {
    Process lint = new ProcessBuilder("npm", "--prefix", "tools/lint", "run", "--silent", "lint")
        .directory(new File(".")).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("lint finished").isTrue();
    assertThat(lint.exitValue()).as("lint findings:%n%s", output).isZero();
    assertThat(output).contains("bpmnlint: 7 models").contains("36 forms checked")
        .contains("element templates:");
  }
}
