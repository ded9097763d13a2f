package barecamunda;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Not part of Sinergi: the bare Camunda 7.24 webapp + REST starter that {@code StartupBenchmark}
 * compares Sinergi with. Nothing but the starters' auto-configuration; database, administrator
 * and filter come from the command line. Its own top-level package so that Sinergi's component
 * scan ({@code id.sinergi}) never picks it up in tests that have the test classes on the
 * classpath; the benchmark starts it in a JVM whose classpath holds only this class and the
 * runtime dependencies (no Sinergi classes, no Sinergi application.yaml).
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
