package id.sinergi.umi;

import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The per-debtor ceiling's history: every logged-in user reads it (it is public regulation);
 * only administrators add a row. Rows are never changed or deleted.
 */
@RestController
@RequestMapping("/api/umi/ceilings")
class CeilingController {

  private final Ceilings ceilings;
  private final Callers callers;

  CeilingController(Ceilings ceilings, Callers callers) {
    this.ceilings = ceilings;
    this.callers = callers;
  }

  @GetMapping
  List<Ceiling> all() {
    callers.current();
    return ceilings.all();
  }

  /** The ceiling in force on a day (today when no date is given). */
  @GetMapping("/in-force")
  Ceiling inForce(@RequestParam(required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    callers.current();
    LocalDate day = date == null ? id.sinergi.kernel.clock.EngineClock.today() : date;
    return ceilings.inForce(day).orElseThrow(() -> new NotFoundException(
        "Tidak ada plafon UMi yang berlaku pada " + UmiText.date(day) + "."));
  }

  /** Which monthly reports were checked against this row (PIP, managers, administrators). */
  @GetMapping("/{id}/reports")
  List<Ceilings.CheckedReport> reports(@PathVariable long id) {
    var caller = callers.current();
    if (!caller.seesAllPemda()) {
      throw new ForbiddenException("Hanya PIP, manajer dan administrator yang melihat laporan "
          + "semua kerja sama.");
    }
    return ceilings.reportsCheckedAgainst(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Ceiling add(@RequestBody Ceilings.NewCeiling request) {
    return ceilings.add(request, callers.current());
  }
}
