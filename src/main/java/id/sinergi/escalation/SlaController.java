package id.sinergi.escalation;

import id.sinergi.escalation.SlaAdministration.SlaView;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.ForbiddenException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Service levels and the holiday calendar, for administrators (camunda-admin) only. */
@RestController
@RequestMapping("/api/escalation")
class SlaController {

  private static final String KEY = "[A-Za-z0-9_.*-]+";

  record SlaRequest(
      @NotBlank(message = "wajib diisi") @Size(max = 100, message = "paling banyak 100 karakter")
      @Pattern(regexp = KEY, message = "hanya huruf, angka, titik, garis bawah, tanda hubung atau '*'")
      String processKey,
      @Size(max = 100, message = "paling banyak 100 karakter")
      @Pattern(regexp = KEY, message = "hanya huruf, angka, titik, garis bawah atau tanda hubung")
      String activityId,
      String pemdaCode,
      @NotNull(message = "wajib diisi") @Min(value = 1, message = "minimal 1 hari kerja")
      @Max(value = 365, message = "paling lama 365 hari kerja") Integer dueWorkingDays,
      @NotNull(message = "wajib diisi") @Min(value = 1, message = "minimal 1 hari kerja")
      @Max(value = 120, message = "paling lama 120 hari kerja") Integer level2AfterWorkingDays,
      @NotNull(message = "wajib diisi") @Min(value = 1, message = "minimal 1 hari kerja")
      @Max(value = 120, message = "paling lama 120 hari kerja") Integer level3AfterWorkingDays,
      @Size(max = 100, message = "paling banyak 100 karakter")
      @Pattern(regexp = "[A-Za-z0-9.{}-]+", message = "nama grup Camunda, boleh memuat {pemdaCode}")
      String responsibleGroup) {}

  record SlaChange(
      @NotNull(message = "wajib diisi") @Min(value = 1, message = "minimal 1 hari kerja")
      @Max(value = 365, message = "paling lama 365 hari kerja") Integer dueWorkingDays,
      @NotNull(message = "wajib diisi") @Min(value = 1, message = "minimal 1 hari kerja")
      @Max(value = 120, message = "paling lama 120 hari kerja") Integer level2AfterWorkingDays,
      @NotNull(message = "wajib diisi") @Min(value = 1, message = "minimal 1 hari kerja")
      @Max(value = 120, message = "paling lama 120 hari kerja") Integer level3AfterWorkingDays,
      @Size(max = 100, message = "paling banyak 100 karakter")
      @Pattern(regexp = "[A-Za-z0-9.{}-]+", message = "nama grup Camunda, boleh memuat {pemdaCode}")
      String responsibleGroup) {}

  record HolidayRequest(
      @NotNull(message = "wajib diisi (yyyy-mm-dd)") LocalDate date,
      @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String name,
      @NotNull(message = "wajib diisi: LIBUR_NASIONAL, CUTI_BERSAMA atau LIBUR_DAERAH") Holiday.Kind kind,
      boolean provisional,
      @Size(max = 200, message = "paling banyak 200 karakter") String source) {}

  private final SlaAdministration administration;
  private final Callers callers;

  SlaController(SlaAdministration administration, Callers callers) {
    this.administration = administration;
    this.callers = callers;
  }

  @GetMapping("/slas")
  List<SlaView> slas() {
    requireAdmin();
    return administration.list();
  }

  @PostMapping("/slas")
  @ResponseStatus(HttpStatus.CREATED)
  SlaView create(@Valid @RequestBody SlaRequest request) {
    requireAdmin();
    return administration.create(request.processKey(), request.activityId(), request.pemdaCode(),
        request.dueWorkingDays(), request.level2AfterWorkingDays(),
        request.level3AfterWorkingDays(), request.responsibleGroup());
  }

  @PutMapping("/slas/{id}")
  SlaView update(@PathVariable long id, @Valid @RequestBody SlaChange change) {
    requireAdmin();
    return administration.update(id, change.dueWorkingDays(), change.level2AfterWorkingDays(),
        change.level3AfterWorkingDays(), change.responsibleGroup());
  }

  @DeleteMapping("/slas/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    requireAdmin();
    administration.delete(id);
  }

  @GetMapping("/holidays")
  List<Holiday> holidays(@RequestParam(required = false) Integer year) {
    requireAdmin();
    return administration.holidays(year);
  }

  @PostMapping("/holidays")
  @ResponseStatus(HttpStatus.CREATED)
  Holiday addHoliday(@Valid @RequestBody HolidayRequest request) {
    requireAdmin();
    return administration.addHoliday(request.date(), request.name(), request.kind(),
        request.provisional(), request.source());
  }

  @PutMapping("/holidays/{date}")
  Holiday updateHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @Valid @RequestBody HolidayRequest request) {
    requireAdmin();
    if (!date.equals(request.date())) {
      throw new id.sinergi.kernel.error.InvalidInputException("date",
          "tanggal di badan permintaan harus sama dengan tanggal di alamat (" + date + ")");
    }
    return administration.updateHoliday(date, request.name(), request.kind(),
        request.provisional(), request.source());
  }

  @DeleteMapping("/holidays/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    requireAdmin();
    administration.deleteHoliday(date);
  }

  private void requireAdmin() {
    if (!callers.current().admin()) {
      throw new ForbiddenException("Hanya administrator yang dapat mengatur SLA dan hari libur.");
    }
  }
}
