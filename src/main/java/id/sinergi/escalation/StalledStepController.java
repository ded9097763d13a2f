package id.sinergi.escalation;

import id.sinergi.escalation.StalledSteps.StalledStepView;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.InvalidInputException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stalled steps now, scoped to what the caller may see. */
@RestController
@RequestMapping("/api/escalation")
class StalledStepController {

  private final StalledSteps stalledSteps;
  private final Callers callers;

  StalledStepController(StalledSteps stalledSteps, Callers callers) {
    this.stalledSteps = stalledSteps;
    this.callers = callers;
  }

  @GetMapping("/stalled-steps")
  List<StalledStepView> stalledSteps(@RequestParam(required = false) String pemda,
      @RequestParam(required = false) String activityId,
      @RequestParam(required = false) String processKey,
      @RequestParam(required = false) Integer level) {
    if (level != null && (level < 1 || level > 3)) {
      throw new InvalidInputException("level", "tingkat eskalasi harus 1, 2 atau 3");
    }
    Caller caller = callers.current();
    if (pemda != null && !caller.canSeePemda(pemda)) {
      throw new id.sinergi.kernel.error.ForbiddenException(
          "Anda tidak berwenang melihat langkah tertunda Pemda " + pemda + ".");
    }
    return stalledSteps.list(caller, pemda, activityId, processKey, level);
  }
}
