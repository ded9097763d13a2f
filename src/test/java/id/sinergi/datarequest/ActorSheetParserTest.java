package id.sinergi.datarequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading business-actor files as people make them: CSV variants and Excel's own XLSX. */
class ActorSheetParserTest {

  static final String HEADER = "Nama pelaku usaha,NIK,NIB,Sektor usaha,Kecamatan,Desa/Kelurahan,"
      + "Skala usaha,Nomor telepon,Jenis bantuan yang diterima,Program yang sedang diikuti,"
      + "Mulai menerima bantuan";

  private static List<ActorRecord> read(byte[] content) {
    List<ActorRecord> actors = new ArrayList<>();
    ActorSheetParser.Result result = ActorSheetParser.parse(content, actors::add, 100);
    assertThat(result.errors()).isEmpty();
    assertThat(result.dataRows()).isEqualTo(actors.size());
    return actors;
  }

  @Test
  void readsUtf8CsvWithBomCommasAndEmptyLines() {
    String csv = "\uFEFF" + HEADER + "\r\n\r\n"
        + "Siti Aminah,5204015107850003,9120001234567,10792,Moyo Hilir,Moyo,ULTRA_MIKRO,"
        + "0812-3456-7890,HIBAH,Bantuan alat 2026,31/01/2026\r\n"
        + ",,,,,,,,,,\r\n"
        + "\"Dédé Kurniawan, UD\",5204011203900001,,Industri makanan ringan,Alas,Dalam,"
        + "mikro,+62 813 1111 2222,\"PELATIHAN, PEMBIAYAAN\",,2025-12-01\r\n";
    List<ActorRecord> actors = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(actors).hasSize(2);
    ActorRecord siti = actors.get(0);
    assertThat(siti.rowNumber()).isEqualTo(3);
    assertThat(siti.nik()).isEqualTo("5204015107850003");
    assertThat(siti.phone()).isEqualTo("+6281234567890");
    assertThat(siti.helpKinds()).containsExactly(HelpKind.HIBAH);
    assertThat(siti.helpSince()).isEqualTo(LocalDate.of(2026, 1, 31));
    ActorRecord dede = actors.get(1);
    assertThat(dede.name()).isEqualTo("Dédé Kurniawan, UD");
    assertThat(dede.scale()).isEqualTo(BusinessScale.MIKRO);
    assertThat(dede.helpKinds()).containsExactlyInAnyOrder(HelpKind.PELATIHAN,
        HelpKind.PEMBIAYAAN);
    assertThat(dede.rowNumber()).isEqualTo(5);
  }

  @Test
  void readsExcelsWindows1252CsvWithSemicolons() {
    String csv = HEADER.replace(',', ';') + "\n"
        + "Warung Bu Dédé;5204015107850003;;Perdagangan eceran;Moyo Hilir;Moyo;Ultra Mikro;;;;\n"
        + ";;;;;;;;;;\n";
    List<ActorRecord> actors = read(csv.getBytes(Charset.forName("windows-1252")));
    assertThat(actors).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Warung Bu Dédé");
      assertThat(a.scale()).isEqualTo(BusinessScale.ULTRA_MIKRO);
      assertThat(a.helpKinds()).isEmpty();
    });
  }

  @Test
  void readsHeadersInAnyOrderByKey() {
    String csv = "skala;nik;nama;sektor;kecamatan;desa\n"
        + "KECIL;5204015107850003;Siti;10792;Moyo Hilir;Moyo\n";
    assertThat(read(csv.getBytes(StandardCharsets.UTF_8))).singleElement()
        .satisfies(a -> assertThat(a.scale()).isEqualTo(BusinessScale.KECIL));
  }

  @Test
  void readsXlsxNumbersFormulasAndDatesAsAPersonSeesThem() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Pelaku Usaha");
      String[] headers = HEADER.split(",");
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellFormula("\"Siti \"&\"Aminah\"");
      row.createCell(1).setCellValue(5204015107850003d); // NIK typed as a number
      row.createCell(2).setCellValue(9120001234567d);
      row.createCell(3).setCellFormula("10000+792");
      row.createCell(4).setCellValue("Moyo Hilir");
      row.createCell(5).setCellValue("Moyo");
      row.createCell(6).setCellValue("MIKRO");
      row.createCell(7).setCellValue(81234567890d); // leading 0 lost as a number
      row.createCell(8).setCellValue("SUBSIDI_BUNGA");
      Cell since = row.createCell(10);
      since.setCellValue(LocalDate.of(2026, 2, 28));
      since.setCellStyle(dateStyle);
      sheet.createRow(3); // an empty row between data
      Row second = sheet.createRow(4);
      second.createCell(0).setCellValue("Ahmad");
      second.createCell(1).setCellValue("5204011203900001");
      second.createCell(3).setCellValue("Jasa");
      second.createCell(4).setCellValue("Alas");
      second.createCell(5).setCellValue("Dalam");
      second.createCell(6).setCellValue("menengah");
      Cell formulaDate = second.createCell(10);
      formulaDate.setCellFormula("DATE(2025,12,1)");
      formulaDate.setCellStyle(dateStyle);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);

      List<ActorRecord> actors = read(out.toByteArray());
      assertThat(actors).hasSize(2);
      ActorRecord siti = actors.get(0);
      assertThat(siti.name()).isEqualTo("Siti Aminah");
      assertThat(siti.nik()).isEqualTo("5204015107850003");
      assertThat(siti.nib()).isEqualTo("9120001234567");
      assertThat(siti.sector()).isEqualTo("10792");
      assertThat(siti.phone()).isEqualTo("+6281234567890");
      assertThat(siti.helpSince()).isEqualTo(LocalDate.of(2026, 2, 28));
      assertThat(actors.get(1).rowNumber()).isEqualTo(5);
      assertThat(actors.get(1).helpSince()).isEqualTo(LocalDate.of(2025, 12, 1));
    }
  }

  @Test
  void reportsEveryBadRowWithColumnValueAndReason() {
    String csv = HEADER + "\n"
        + "Siti,5204015107850003,,10792,Moyo Hilir,Moyo,MIKRO,,,,\n"
        + "Budi,520401510785000,,10792,Moyo Hilir,Moyo,RAKSASA,12345,,,\n"
        + ",9904011203900001,12345,1079,Alas,Dalam,MIKRO,,BANSOS,,31/02/2026\n"
        + "Dewi,5204013213900001,,10792,Alas,Dalam,KECIL,,,,\n"
        + "Siti lagi,5204015107850003,,10792,Moyo Hilir,Moyo,MIKRO,,,,\n";
    ActorSheetParser.Result result = ActorSheetParser.parse(
        csv.getBytes(StandardCharsets.UTF_8), null, 100);
    assertThat(result.valid()).isFalse();
    assertThat(result.dataRows()).isEqualTo(5);
    assertThat(result.errors()).containsExactly(
        new ImportError(3, "NIK", "520401510785000",
            "NIK harus 16 angka (terbaca 15 karakter)"),
        new ImportError(3, "Skala usaha", "RAKSASA",
            "skala harus ULTRA_MIKRO, MIKRO, KECIL atau MENENGAH"),
        new ImportError(3, "Nomor telepon", "12345",
            "bukan nomor telepon Indonesia (contoh 081234567890 atau +6281234567890)"),
        new ImportError(4, "Nama pelaku usaha", "", "wajib diisi"),
        new ImportError(4, "NIK", "9904011203900001",
            "2 angka pertama NIK (99) bukan kode provinsi"),
        new ImportError(4, "NIB", "12345", "NIB harus 13 angka"),
        new ImportError(4, "Sektor usaha", "1079", "kode KBLI harus 5 angka"),
        new ImportError(4, "Jenis bantuan yang diterima", "BANSOS",
            "jenis bantuan 'BANSOS' tidak dikenal; pilih HIBAH, SUBSIDI_BUNGA, PEMBIAYAAN, "
                + "PELATIHAN, PENDAMPINGAN atau INKUBASI"),
        new ImportError(4, "Mulai menerima bantuan", "31/02/2026",
            "tanggal tidak valid; tulis 2026-01-31, 31/01/2026 atau 31-01-2026"),
        new ImportError(5, "NIK", "5204013213900001",
            "tanggal lahir pada NIK (321390, DDMMYY; perempuan: tanggal + 40) tidak valid"),
        new ImportError(6, "NIK", "5204015107850003",
            "NIK sama dengan baris 2; satu pelaku usaha cukup satu baris"));
    assertThat(result.errorCount()).isEqualTo(11);
  }

  @Test
  void refusesAFileWithoutRequiredColumnsOrRows() {
    ActorSheetParser.Result noColumns = ActorSheetParser.parse(
        "Nama pelaku usaha;NIK\nSiti;5204015107850003\n".getBytes(StandardCharsets.UTF_8),
        null, 100);
    assertThat(noColumns.errors()).extracting(ImportError::column)
        .containsExactly("Sektor usaha", "Kecamatan", "Desa/Kelurahan", "Skala usaha");
    assertThat(noColumns.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
    ActorSheetParser.Result empty = ActorSheetParser.parse(
        (HEADER + "\n\n").getBytes(StandardCharsets.UTF_8), null, 100);
    assertThat(empty.errors()).singleElement().satisfies(e -> assertThat(e.reason())
        .startsWith("berkas tidak berisi baris data"));
  }

  @Test
  void validatesNikStructure() {
    assertThat(Nik.problem("5204015107850003")).isNull(); // woman born 11-07-1985
    assertThat(Nik.problem("5204012902000001")).isNull(); // 29-02-2000
    assertThat(Nik.problem("5204016902010001")).contains("tanggal lahir"); // 29-02 in 1901/2001
    assertThat(Nik.problem("5200011203900001")).contains("tidak boleh 00");
    assertThat(Nik.problem("5204011203900000")).contains("0000");
    assertThat(Nik.problem("52040112039000O1")).contains("bukan angka");
  }

  @Test
  void writesATemplateItsOwnReaderAccepts() {
    ActorSheetParser.Result xlsx = ActorSheetParser.parse(SpreadsheetFiles.templateXlsx(), null, 10);
    assertThat(xlsx.errors()).singleElement().satisfies(e -> assertThat(e.reason())
        .startsWith("berkas tidak berisi baris data")); // headers recognised, no rows yet
    ActorSheetParser.Result csv = ActorSheetParser.parse(SpreadsheetFiles.templateCsv(), null, 10);
    assertThat(csv.errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(2));
  }
}
