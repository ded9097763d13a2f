package id.sinergi.incubation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * A cohort report as a file a staff member opens in a spreadsheet: CSV (UTF-8 with BOM,
 * semicolon-separated as Indonesian-locale Excel expects) or XLSX. Rows: section, indicator,
 * value; values keep the "56/200 (28%)" form.
 */
@Component
public class ReportExport {

  static final List<String> HEADER = List.of("Bagian", "Indikator", "Nilai");

  public List<List<String>> rows(CohortReport r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Angkatan", "Nama", r.name()));
    rows.add(List.of("Angkatan", "Inkubator", r.incubator()));
    rows.add(List.of("Angkatan", "Wilayah", r.region()));
    rows.add(List.of("Angkatan", "Status", r.status()));
    rows.add(List.of("Rekrutmen", "Calon terdaftar (dari target)", r.candidates().text()));
    rows.add(List.of("Rekrutmen", "Terverifikasi lapangan (dari target)", r.verified().text()));
    rows.add(List.of("Rekrutmen", "Tidak layak", String.valueOf(r.notEligible())));
    rows.add(List.of("Rekrutmen", "Menunggu verifikasi", String.valueOf(r.awaitingVerification())));
    rows.add(List.of("Rekrutmen", "Sudah dibina OPD lain (ditandai)",
        String.valueOf(r.flaggedAsFostered())));
    rows.add(List.of("Seleksi", "Peserta terpilih (dari kapasitas)", r.selected().text()));
    rows.add(List.of("Seleksi", "Mengundurkan diri", String.valueOf(r.withdrawn())));
    for (CohortReport.ModuleAttendance m : r.attendance()) {
      rows.add(List.of("Kehadiran", m.module() + " — sesi tercatat", m.sessionsHeld().text()));
      rows.add(List.of("Kehadiran", m.module() + " — kehadiran", m.attendance().text()));
    }
    for (CohortReport.OutcomeScores o : r.outcomes()) {
      rows.add(List.of("Capaian (1–5)", o.outcome(), "tengah " + score(o.midTerm())
          + " → akhir " + score(o.finalScore())));
    }
    rows.add(List.of("Kelulusan", "Lulus (dari peserta)", r.graduates().text()));
    rows.add(List.of("Kelulusan", "Diserahkan ke Dinas teknis (dari lulusan)",
        r.handedOver().text()));
    rows.add(List.of("Pembiayaan", "Dirujuk ke pembiayaan (dari lulusan)", r.referred().text()));
    rows.add(List.of("Pembiayaan", "Dirujuk ke Penyalur", String.valueOf(r.referredToPenyalur())));
    rows.add(List.of("Pembiayaan", "Dicatat sebagai permintaan kerja sama",
        String.valueOf(r.referralsAsDemand())));
    return rows;
  }

  public byte[] csv(CohortReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer,
            CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      writer.write('\uFEFF');
      printer.printRecord(HEADER);
      for (List<String> row : rows(report)) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public byte[] xlsx(CohortReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Sinergi", "1.0");
      Worksheet sheet = workbook.newWorksheet("Laporan angkatan");
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.value(0, c, HEADER.get(c));
        sheet.style(0, c).bold().set();
      }
      List<List<String>> rows = rows(report);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          sheet.value(r + 1, c, rows.get(r).get(c));
        }
      }
      sheet.width(0, 16);
      sheet.width(1, 48);
      sheet.width(2, 40);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String score(Double value) {
    return value == null ? "-" : String.format(java.util.Locale.forLanguageTag("id"), "%.2f",
        value);
  }
}
