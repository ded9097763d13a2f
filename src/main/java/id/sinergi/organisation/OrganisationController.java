package id.sinergi.organisation;

import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.ForbiddenException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation registry over REST. The list of Pemda and units is reference data any
 * logged-in user may read; who holds which position, and escalation paths, only the Pemda's own
 * staff, PIP, managers and administrators.
 */
@RestController
@RequestMapping("/api")
class OrganisationController {

  private final OrganisationRegistry registry;
  private final OrganisationViews views;
  private final Callers callers;
  private final PositionAppointments appointments;

  OrganisationController(OrganisationRegistry registry, OrganisationViews views,
      Callers callers, PositionAppointments appointments) {
    this.registry = registry;
    this.views = views;
    this.callers = callers;
    this.appointments = appointments;
  }

  @GetMapping("/me")
  OrganisationViews.CallerView me() {
    return views.caller(callers.current());
  }

  @GetMapping("/pemda")
  List<OrganisationViews.UnitSummary> pemdas() {
    return registry.pemdas().stream().map(views::summary).toList();
  }

  @GetMapping("/pemda/{code}")
  OrganisationViews.PemdaDetail pemda(@PathVariable String code) {
    OrganisationUnit pemda = registry.pemda(code);
    requireVisible(pemda);
    return views.pemdaDetail(pemda);
  }

  @GetMapping("/pemda/{code}/units")
  List<OrganisationViews.UnitSummary> unitsOf(@PathVariable String code) {
    registry.pemda(code);
    return registry.currentUnitsOf(code).stream().map(views::summary).toList();
  }

  @GetMapping("/organisation-units/{code}")
  OrganisationViews.UnitDetail unit(@PathVariable String code) {
    OrganisationUnit unit = registry.unit(code);
    requireVisible(unit);
    return views.unitDetail(unit);
  }

  @GetMapping("/organisation-units/{code}/escalation-path")
  List<OrganisationViews.PositionView> escalationPath(@PathVariable String code) {
    OrganisationUnit unit = registry.unit(code);
    requireVisible(unit);
    return registry.escalationPath(code).stream().map(views::position).toList();
  }

  @PostMapping("/positions/{code}/holders")
  @ResponseStatus(HttpStatus.CREATED)
  OrganisationViews.HolderView appoint(@PathVariable String code,
      @Valid @RequestBody AppointmentRequest request) {
    requireAdmin();
    PositionHolder holder = appointments.appoint(code, request.userId(), request.holderName(),
        request.appointment(), request.validFrom(), request.validTo());
    return views.holder(holder);
  }

  @PostMapping("/positions/{code}/holders/{holderId}/end")
  OrganisationViews.HolderView end(@PathVariable String code, @PathVariable long holderId,
      @Valid @RequestBody EndRequest request) {
    requireAdmin();
    return views.holder(appointments.end(code, holderId, request.validTo()));
  }

  private void requireVisible(OrganisationUnit unit) {
    if (unit.getPemdaCode() != null && !callers.current().canSeePemda(unit.getPemdaCode())) {
      throw new ForbiddenException("Data Pemda lain hanya dapat dilihat oleh Pemda tersebut.");
    }
  }

  private void requireAdmin() {
    if (!callers.current().admin()) {
      throw new ForbiddenException("Hanya administrator yang dapat mengubah pejabat.");
    }
  }

  record AppointmentRequest(
      @NotBlank(message = "wajib diisi") @Size(max = 64) String userId,
      @NotBlank(message = "wajib diisi") @Size(max = 200) String holderName,
      @NotNull(message = "wajib diisi: DEFINITIF, PLT, PJ atau PLH") Appointment appointment,
      @NotNull(message = "wajib diisi (yyyy-mm-dd)") LocalDate validFrom,
      LocalDate validTo) {}

  record EndRequest(@NotNull(message = "wajib diisi (yyyy-mm-dd)") LocalDate validTo) {}
}
