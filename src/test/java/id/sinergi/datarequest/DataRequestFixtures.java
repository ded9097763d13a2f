package id.sinergi.datarequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Test data: valid NIKs no other test uses, and XLSX files written the way Excel does. */
final class DataRequestFixtures {

  private DataRequestFixtures() {}

  /** A valid Sumbawa NIK (region 52.04.xx), random enough not to meet another test's. */
  static String randomNik() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format("5204%02d%02d%02d%02d%04d", random.nextInt(1, 25),
        random.nextInt(1, 29) + (random.nextBoolean() ? 40 : 0), random.nextInt(1, 13),
        random.nextInt(60, 100), random.nextInt(1, 10000));
  }

  /** A sheet with the template's headers and the given rows (strings; NIK as a number if asked). */
  static byte[] xlsx(List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Pelaku Usaha");
      ActorColumn[] columns = ActorColumn.values();
      for (int c = 0; c < columns.length; c++) {
        sheet.value(0, c, columns[c].header());
      }
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof Number number) {
            sheet.value(r + 1, c, number);
          } else if (value instanceof java.time.LocalDate date) {
            sheet.value(r + 1, c, date);
            sheet.style(r + 1, c).format("dd/mm/yyyy").set();
          } else if (value != null) {
            sheet.value(r + 1, c, value.toString());
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
