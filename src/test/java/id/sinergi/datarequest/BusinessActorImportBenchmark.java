package id.sinergi.datarequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.SinergiSpringTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: measures importing generated business-actor files of 10,000 and 100,000 rows
 * (validation pass + import pass, merged by NIK into H2). Run only on request:
 * {@code ./mvnw -B -o test -Dgroups=benchmark -Dtest=BusinessActorImportBenchmark}.
 */
@Tag("benchmark")
@SinergiSpringTest
class BusinessActorImportBenchmark {

  @Autowired DataRequestService service;
  @Autowired ActorImportService importer;

  @Test
  void importTenThousandAndOneHundredThousandRows() throws IOException {
    for (int rows : List.of(10_000, 100_000)) {
      run("CSV ", rows, csv(rows, rows == 10_000 ? "05" : "06"));
      run("XLSX", rows, xlsx(rows, rows == 10_000 ? "07" : "08"));
    }
  }

  private void run(String format, int rows, byte[] file) {
    OpdRequest request = newRequest();
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long started = System.nanoTime();
    ActorImportService.Outcome outcome = importer.importFile(request, "bench", file, "bench");
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.rows()).isEqualTo(rows);
    System.out.printf("BENCHMARK %s %,7d rows (%,6d KB): %6.2f s, %,8.0f rows/s, heap before "
        + "%,d MB, peak heap during import %,d MB (max %,d MB)%n", format, rows,
        file.length / 1024, seconds, rows / seconds, before >> 20, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private OpdRequest newRequest() {
    DataRequestCase created = service.savePlan("bench-" + UUID.randomUUID(), "52.04",
        "pemda-52.04-ekonomi", "benchmark", List.of(DataKind.BUSINESS_ACTOR), List.of(
            new PlanItem("52.04-diskop", List.of(DataKind.BUSINESS_ACTOR),
                LocalDate.now().plusDays(7), null)));
    return service.createRequests(created.getId()).get(0);
  }

  /** Row i gets a unique valid NIK within kabupaten 52.{kab}. */
  static String nik(String kab, int i) {
    return String.format("52%s%02d%02d%02d%02d%04d", kab, 1 + i / 9999 % 99, 1 + i % 28,
        1 + i % 12, 60 + i % 40, 1 + i % 9999);
  }

  static byte[] csv(int rows, String kab) {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (ActorColumn column : ActorColumn.values()) {
      text.append(column.header()).append(';');
    }
    text.append('\n');
    for (int i = 0; i < rows; i++) {
      text.append("Pelaku Usaha ").append(i).append(';').append(nik(kab, i)).append(';')
          .append(';').append(i % 2 == 0 ? "10792" : "Perdagangan eceran").append(';')
          .append("Moyo Hilir;Moyo;ULTRA_MIKRO;081234567").append(100 + i % 900).append(';')
          .append(i % 3 == 0 ? "HIBAH" : "PELATIHAN").append(";Program ").append(i % 10)
          .append(";31/01/2026\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(int rows, String kab) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "bench", "1.0");
    Worksheet sheet = workbook.newWorksheet("Pelaku Usaha");
    ActorColumn[] columns = ActorColumn.values();
    for (int c = 0; c < columns.length; c++) {
      sheet.value(0, c, columns[c].header());
    }
    for (int i = 0; i < rows; i++) {
      int r = i + 1;
      sheet.value(r, 0, "Pelaku Usaha " + i);
      sheet.value(r, 1, Long.parseLong(nik(kab, i))); // NIK as a number, as people type it
      sheet.value(r, 3, 10792);
      sheet.value(r, 4, "Moyo Hilir");
      sheet.value(r, 5, "Moyo");
      sheet.value(r, 6, "MIKRO");
      sheet.value(r, 7, "0812345" + (10000 + i % 90000));
      sheet.value(r, 8, i % 3 == 0 ? "HIBAH" : "PEMBIAYAAN");
      sheet.value(r, 10, LocalDate.of(2026, 1, 1 + i % 28));
      sheet.style(r, 10).format("dd/mm/yyyy").set();
    }
    workbook.finish();
    return out.toByteArray();
  }
}
