package id.sinergi.deployment;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * Moving running cases of a process to its newest version (Camunda's migration, which CE ships
 * without the commercial Cockpit screens): what maps, what cannot, and the move itself as a
 * batch an administrator follows in Cockpit under "Batches". Administrators only.
 */
@Service
class Migrations {

  private final ProcessEngine engine;
  private final SystemEngineCalls system;

  Migrations(ProcessEngine engine, SystemEngineCalls system) {
    this.engine = engine;
    this.system = system;
  }

  /** One older version with running cases, and how its cases would move. */
  record VersionPlan(String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
      int targetVersion, String tenantId, long runningCases, List<Step> mapped,
      List<String> unmappedWaitingActivities, List<String> problems, boolean migratable) {}

  /** One activity of the old version and where its waiting cases go. */
  record Step(String sourceActivityId, String targetActivityId) {}

  record Overview(String processKey, String name, int latestVersion, List<VersionPlan> versions) {}

  record Started(String batchId, String sourceDefinitionId, long cases, String cockpitPath) {}

  /** Every process with running cases on versions older than its newest. */
  List<Overview> overview(Caller caller) {
    requireAdmin(caller);
    return system.call(() -> {
      List<Overview> all = new ArrayList<>();
      var latest = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
          .list();
      for (ProcessDefinition target : latest) {
        List<VersionPlan> versions = plans(target);
        if (!versions.isEmpty()) {
          all.add(new Overview(target.getKey(), target.getName(), target.getVersion(), versions));
        }
      }
      all.sort(Comparator.comparing(Overview::processKey));
      return all;
    });
  }

  /** The plan for one process key (and tenant, for a Pemda's variant). */
  Overview plan(Caller caller, String processKey, String tenantId) {
    requireAdmin(caller);
    return system.call(() -> {
      ProcessDefinition target = latest(processKey, tenantId);
      return new Overview(target.getKey(), target.getName(), target.getVersion(), plans(target));
    });
  }

  /** Starts the move of the cases of every migratable older version, one batch each. */
  List<Started> migrate(Caller caller, String processKey, String tenantId, String sourceId) {
    requireAdmin(caller);
    ProcessDefinition target = system.call(() -> latest(processKey, tenantId));
    List<Started> started = new ArrayList<>();
    for (VersionPlan version : system.call(() -> plans(target))) {
      if (sourceId != null && !sourceId.equals(version.sourceDefinitionId())) {
        continue;
      }
      if (!version.migratable()) {
        if (sourceId != null) {
          throw new InvalidInputException("from", "kasus versi " + version.sourceVersion()
              + " tidak dapat dipindahkan: " + String.join("; ", version.problems()));
        }
        continue;
      }
      MigrationPlan plan = plan(version.sourceDefinitionId(), target.getId());
      Batch batch = engine.getRuntimeService().newMigration(plan)
          .processInstanceQuery(engine.getRuntimeService().createProcessInstanceQuery()
              .processDefinitionId(version.sourceDefinitionId()))
          .executeAsync();
      started.add(new Started(batch.getId(), version.sourceDefinitionId(), version.runningCases(),
          "/camunda/app/cockpit/default/#/batch?searchQuery=%5B%5D&details=" + batch.getId()));
    }
    if (started.isEmpty()) {
      throw new InvalidInputException("from", "tidak ada kasus berjalan yang dapat dipindahkan "
          + "ke versi terbaru");
    }
    return started;
  }

  private List<VersionPlan> plans(ProcessDefinition target) {
    var repository = engine.getRepositoryService();
    var older = target.getTenantId() == null
        ? repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
            .withoutTenantId().list()
        : repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
            .tenantIdIn(target.getTenantId()).list();
    List<VersionPlan> plans = new ArrayList<>();
    for (ProcessDefinition source : older) {
      if (source.getVersion() >= target.getVersion()) {
        continue;
      }
      long running = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionId(source.getId()).count();
      if (running > 0) {
        plans.add(versionPlan(source, target, running));
      }
    }
    plans.sort(Comparator.comparing(VersionPlan::sourceVersion));
    return plans;
  }

  private VersionPlan versionPlan(ProcessDefinition source, ProcessDefinition target,
      long running) {
    List<String> problems = new ArrayList<>();
    List<Step> mapped = new ArrayList<>();
    MigrationPlan plan = null;
    try {
      plan = plan(source.getId(), target.getId());
      for (MigrationInstruction instruction : plan.getInstructions()) {
        mapped.add(new Step(instruction.getSourceActivityId(), instruction.getTargetActivityId()));
      }
    } catch (MigrationPlanValidationException e) {
      e.getValidationReport().getInstructionReports().forEach(r -> problems.addAll(r.getFailures()));
    }
    List<String> waiting = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionId(source.getId()).listPage(0, 1000).stream()
        .flatMap(i -> engine.getRuntimeService().getActiveActivityIds(i.getId()).stream())
        .distinct().sorted().toList();
    List<String> unmapped = new ArrayList<>();
    for (String activity : waiting) {
      if (mapped.stream().noneMatch(s -> s.sourceActivityId().equals(activity))) {
        unmapped.add(activity);
      }
    }
    if (!unmapped.isEmpty()) {
      problems.add("langkah yang sedang ditunggu tidak ada di versi baru: "
          + String.join(", ", unmapped));
    }
    return new VersionPlan(source.getId(), source.getVersion(), target.getId(),
        target.getVersion(), source.getTenantId(), running, mapped, unmapped, problems,
        problems.isEmpty() && plan != null);
  }

  private MigrationPlan plan(String sourceId, String targetId) {
    return engine.getRuntimeService().createMigrationPlan(sourceId, targetId)
        .mapEqualActivities().updateEventTriggers().build();
  }

  private ProcessDefinition latest(String processKey, String tenantId) {
    var query = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion();
    ProcessDefinition found = (tenantId == null ? query.withoutTenantId()
        : query.tenantIdIn(tenantId)).singleResult();
    if (found == null) {
      throw new NotFoundException("Proses '" + processKey + "' tidak ditemukan.");
    }
    return found;
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.admin()) {
      throw new ForbiddenException("Hanya administrator yang dapat memindahkan kasus ke versi "
          + "proses yang baru.");
    }
  }
}
