package id.sinergi.operations;

import id.sinergi.kernel.PersonalData;
import id.sinergi.kernel.Published;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every import of a list (business actors into a data request, candidates into a cohort): one
 * log line on the logger {@code id.sinergi.import} and the import counters.
 *
 * <pre>
 * IMPORT kind=business-actors outcome=imported user=sumbawa.diskop pemda=52.04
 *   case=data-request-3 rows=1200 errors=0 ms=840 file="umkm-diskop.csv"
 * </pre>
 *
 * Metrics: {@code sinergi_imports_total{kind,outcome}} (files),
 * {@code sinergi_import_rows_total{kind,outcome}} (rows; the throughput is its rate) and
 * {@code sinergi_import_duration_seconds{kind,outcome}}. No row content is logged, and a NIK in a
 * file name is masked.
 */
@Component
@Published
public class ImportLog {

  private static final Logger LOG = LoggerFactory.getLogger("id.sinergi.import");

  /** What became of a file: all rows imported, or the whole file refused. */
  public enum Outcome {
    IMPORTED, REFUSED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One import, as the importing capability knows it. */
  public record Entry(String kind, Outcome outcome, String userId, String pemdaCode,
      String caseKey, String fileName, long rows, long errors, Duration took) {}

  private final MeterRegistry registry;

  public ImportLog(MeterRegistry registry) {
    this.registry = registry;
    // Every kind and outcome from the start, so dashboards show 0 rather than nothing.
    for (String kind : KINDS) {
      for (Outcome outcome : Outcome.values()) {
        counters(kind, outcome.label());
        timer(kind, outcome.label());
      }
    }
  }

  /** The kinds of import Sinergi has. */
  static final java.util.List<String> KINDS = java.util.List.of("business-actors",
      "incubation-candidates");

  private Timer timer(String kind, String outcome) {
    return Timer.builder("sinergi.import.duration").description("Time to check and import a file")
        .tags("kind", kind, "outcome", outcome).register(registry);
  }

  private Counter[] counters(String kind, String outcome) {
    return new Counter[] {
        Counter.builder("sinergi.imports").description("Files imported or refused")
            .tags("kind", kind, "outcome", outcome).register(registry),
        Counter.builder("sinergi.import.rows").description("Rows in imported or refused files")
            .tags("kind", kind, "outcome", outcome).register(registry)};
  }

  public void record(Entry entry) {
    String outcome = entry.outcome().label();
    Counter[] counters = counters(entry.kind(), outcome);
    counters[0].increment();
    counters[1].increment(entry.rows());
    timer(entry.kind(), outcome).record(entry.took());
    LOG.info("IMPORT kind={} outcome={} user={} pemda={} case={} rows={} errors={} ms={} "
        + "file=\"{}\"", entry.kind(), outcome, value(entry.userId()), value(entry.pemdaCode()),
        value(entry.caseKey()), entry.rows(), entry.errors(), entry.took().toMillis(),
        PersonalData.mask(entry.fileName() == null ? "" : entry.fileName().replace('"', '\'')));
  }

  private static String value(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }
}
