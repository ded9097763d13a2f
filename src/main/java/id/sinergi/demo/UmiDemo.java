package id.sinergi.demo;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.umi.PenyalurUploads;
import id.sinergi.umi.Uploads;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: before each of Lombok Utara's monthly reports, PNM records the SIKP checks of
 * the month's debtors in bulk and uploads the debtor list, as penyalur.pnm, so every report
 * carries its debtors, their SIKP checks and the ceiling it was checked against. Two cases for
 * PIP's review: August reports a July debtor again, September a debtor SIKP showed programme
 * credit for.
 */
@Component
@Profile("demo")
class UmiDemo {

  private final PenyalurUploads uploads;
  private final Callers callers;
  private final List<String> july = new ArrayList<>();

  UmiDemo(PenyalurUploads uploads, Callers callers) {
    this.uploads = uploads;
    this.callers = callers;
  }

  void lombokUtaraMonth(long cooperationId, String month, int debtors, long amount) {
    YearMonth ym = YearMonth.parse(month);
    Caller pnm = callers.ofUser("penyalur.pnm");
    Random random = new Random(ym.hashCode());
    List<String> niks = new ArrayList<>();
    for (int i = 0; i < debtors; i++) {
      niks.add(nik(random));
    }
    if (month.equals("2026-07")) {
      july.addAll(niks);
    } else if (month.equals("2026-08") && !july.isEmpty()) {
      niks.set(0, july.get(0));
    }
    StringBuilder checks = new StringBuilder("NIK;Hasil SIKP;Tanggal periksa;Catatan\n");
    for (int i = 0; i < niks.size(); i++) {
      boolean finding = month.equals("2026-09") && i == 0;
      checks.append(niks.get(i)).append(';').append(finding ? "ADA_KREDIT_PROGRAM" : "BERSIH")
          .append(';').append(ym.atDay(1)).append(';')
          .append(finding ? "KUR Mikro aktif di bank lain" : "").append('\n');
    }
    require(uploads.sikpChecks(pnm, cooperationId, "sikp-" + month + ".csv",
        checks.toString().getBytes(StandardCharsets.UTF_8)), "SIKP " + month);
    long base = amount / debtors / 100_000 * 100_000;
    StringBuilder list = new StringBuilder("NIK;Jumlah (Rp);Tanggal penyaluran\n");
    for (int i = 0; i < niks.size(); i++) {
      long each = i == niks.size() - 1 && niks.size() % 2 == 1 ? base
          : base + (i % 2 == 0 ? -500_000 : 500_000);
      LocalDate on = ym.atDay(2 + i % 26);
      list.append(niks.get(i)).append(';').append(each).append(';').append(on).append('\n');
    }
    require(uploads.debtorList(pnm, cooperationId, ym, "debitur-" + month + ".csv",
        list.toString().getBytes(StandardCharsets.UTF_8)), "debtors " + month);
  }

  /** A Lombok Utara NIK: kecamatan 01–05, a birth date (women: day + 40), a serial. */
  private static String nik(Random random) {
    int kecamatan = 1 + random.nextInt(5);
    int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
    return String.format("5208%02d%02d%02d%02d%04d", kecamatan, day, 1 + random.nextInt(12),
        60 + random.nextInt(40), 1 + random.nextInt(9998));
  }

  private static void require(Uploads.Outcome outcome, String what) {
    if (outcome.status() != Uploads.Status.ACCEPTED) {
      throw new IllegalStateException("Demo UMi upload refused (" + what + "): "
          + outcome.errors());
    }
  }
}
