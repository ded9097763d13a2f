package id.sinergi.umi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** UMi's spreadsheets as people fill them: amounts and dates typed either way, XLSX or CSV. */
class UmiSheetTest {

  @Test
  void amountsDatesAndResultsAreReadAsPeopleTypeThem() {
    assertThat(UmiSheet.rupiah("Rp20.000.000")).isEqualByComparingTo(new BigDecimal("20000000"));
    assertThat(UmiSheet.rupiah("15000000")).isEqualByComparingTo(new BigDecimal("15000000"));
    assertThat(UmiSheet.rupiah("dua juta")).isNull();
    assertThat(UmiSheet.date("05/03/2026")).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(UmiSheet.date("2026-03-05")).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(UmiSheet.date("31/02/2026")).isNull();
    assertThat(SikpChecks.result("Bersih")).isEqualTo(SikpChecks.SikpResult.CLEAR);
    assertThat(SikpChecks.result("ada kredit program")).isEqualTo(
        SikpChecks.SikpResult.HAS_PROGRAM_CREDIT);
    assertThat(SikpChecks.result("mungkin")).isNull();
    assertThat(UmiText.rupiah(new BigDecimal("20000000"))).isEqualTo("Rp20.000.000");
  }

  @Test
  void anXlsxDebtorListIsReadByColumnNameWithNikAsTextAndDatesAsDates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "uji", "1.0");
    Worksheet sheet = workbook.newWorksheet("Debitur");
    sheet.value(0, 0, "Tanggal penyaluran");
    sheet.value(0, 1, "NIK *");
    sheet.value(0, 2, "Jumlah (Rp)");
    sheet.value(1, 0, LocalDate.of(2026, 7, 14));
    sheet.style(1, 0).format("dd/mm/yyyy").set();
    sheet.value(1, 1, "5208014507900001");
    sheet.value(1, 2, 12_500_000);
    workbook.finish();
    List<Map<String, String>> rows = new ArrayList<>();
    UmiSheet.Errors errors = new UmiSheet.Errors();
    int count = UmiSheet.read(out.toByteArray(), DebtorLists.COLUMNS, errors,
        (row, values) -> rows.add(values));
    assertThat(count).isEqualTo(1);
    assertThat(errors.count).isZero();
    assertThat(rows.get(0)).containsEntry("nik", "5208014507900001")
        .containsEntry("amount", "12500000").containsEntry("disbursedOn", "2026-07-14");
  }

  @Test
  void aMissingColumnIsOneErrorOnTheHeaderRow() {
    UmiSheet.Errors errors = new UmiSheet.Errors();
    UmiSheet.read("NIK;Jumlah\n5208014507900001;1000000\n".getBytes(), DebtorLists.COLUMNS,
        errors, (row, values) -> { });
    assertThat(errors.list).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.column()).isEqualTo("Tanggal penyaluran");
      assertThat(e.reason()).contains("kolom wajib tidak ada");
    });
  }
}
