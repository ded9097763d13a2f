package id.sinergi.deployment;

import id.sinergi.kernel.caller.Callers;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Moving running cases to a process's newest version: see {@link Migrations}. */
@RestController
@RequestMapping("/api/admin/migrations")
class MigrationController {

  private final Migrations migrations;
  private final Callers callers;

  MigrationController(Migrations migrations, Callers callers) {
    this.migrations = migrations;
    this.callers = callers;
  }

  @GetMapping
  List<Migrations.Overview> overview() {
    return migrations.overview(callers.current());
  }

  @GetMapping("/{processKey}")
  Migrations.Overview plan(@PathVariable String processKey,
      @RequestParam(required = false) String tenantId) {
    return migrations.plan(callers.current(), processKey, tenantId);
  }

  @PostMapping("/{processKey}")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<Migrations.Started> migrate(@PathVariable String processKey,
      @RequestBody(required = false) Map<String, String> body) {
    Map<String, String> options = body == null ? Map.of() : body;
    return migrations.migrate(callers.current(), processKey, options.get("tenantId"),
        options.get("from"));
  }
}
