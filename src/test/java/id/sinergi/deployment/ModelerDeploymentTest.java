package id.sinergi.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import id.sinergi.kernel.engine.AuthorizationGrants;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Administrators deploy from Camunda Modeler (engine REST deployment/create): a changed model
 * becomes a new version and running cases stay on theirs; a model that names what Sinergi does
 * not have is refused whole with every reason, and so is a CMMN case model; nobody else deploys;
 * a Pemda's variant runs that Pemda's new cases only.
 */
@SinergiSpringTest
class ModelerDeploymentTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DeploymentRules rules;

  static BpmnModelInstance model(String key, String taskName, String groups, String delegate,
      String formRef, boolean historyTtl) {
    var process = Bpmn.createExecutableProcess(key).name("Uji Modeler");
    if (historyTtl) {
      process = process.camundaHistoryTimeToLive(30);
    }
    var flow = process.startEvent("Event_Started").name("Uji dimulai")
        .userTask("Task_Check").name(taskName).camundaCandidateGroups(groups);
    if (formRef != null) {
      flow = flow.camundaFormRef(formRef);
    }
    var end = delegate == null ? flow.endEvent("Event_Done").name("Uji selesai")
        : flow.serviceTask("Task_Call").name("Panggil layanan").camundaDelegateExpression(delegate)
            .endEvent("Event_Done").name("Uji selesai");
    BpmnModelInstance model = end.done();
    if (!historyTtl) {
      // The fluent builder gives every process a default; a model drawn without one has none.
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
          .forEach(p -> p.removeAttributeNs("http://camunda.org/schema/1.0/bpmn",
              "historyTimeToLive"));
    }
    return model;
  }

  ResponseEntity<Map<String, Object>> deploy(String user, String tenant, String name,
      BpmnModelInstance model) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", "modeler");
    parts.add("deploy-changed-only", "true");
    parts.add("deployment-source", "Camunda Modeler");
    if (tenant != null) {
      parts.add("tenant-id", tenant);
    }
    byte[] bytes = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    parts.add(name, new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return Api.demo(port, user).post().uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JSON);
  }

  @Test
  void anAdministratorDeploysAChangedModelAndRunningCasesStayOnTheirVersion() {
    String key = "modeler-uji-versi";
    assertThat(deploy("admin", null, key + ".bpmn", model(key, "Periksa data",
        "pemda-${case.pemdaCode}-ekonomi", null, null, true)).getStatusCode().value())
        .isEqualTo(200);
    ProcessInstance running = engine.getRuntimeService()
        .startProcessInstanceByKey(key, Map.of("pemdaCode", "52.02"));
    String firstVersion = running.getProcessDefinitionId();

    var changed = deploy("admin", null, key + ".bpmn", model(key, "Periksa data lagi",
        "pemda-${case.pemdaCode}-ekonomi", null, null, true));
    assertThat(changed.getStatusCode().value()).isEqualTo(200);
    var latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult();
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(running.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(firstVersion);
    engine.getRuntimeService().deleteProcessInstance(running.getId(), "test finished");
  }

  @Test
  void nobodyButAdministratorsDeploys() {
    var refused = deploy("pip.kerjasama", null, "modeler-uji-pip.bpmn", model("modeler-uji-pip",
        "Periksa", "pip-kerjasama", null, null, true));
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("modeler-uji-pip").count()).isZero();
  }

  @Test
  void aModelNamingWhatSinergiLacksIsRefusedWholeWithEveryReason() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    var refused = deploy("admin", null, "modeler-uji-salah.bpmn", model("modeler-uji-salah",
        "Periksa", "pemda-${case.pemdaCode}-tidakada,grup-hantu", "${layananTakAda}",
        "formulir-tak-ada", false));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    String errors = refused.getBody().get("errors").toString();
    assertThat(errors).contains("layananTakAda").contains("formulir-tak-ada")
        .contains("tidakada").contains("grup-hantu").contains("History time to live");
    assertThat(refused.getBody().get("message").toString()).doesNotContain("Exception");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count())
        .isEqualTo(deployments);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("modeler-uji-salah").count()).isZero();
  }

  @Test
  void aCmmnCaseModelIsRefusedWithItsReason() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    String cmmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/cmmn" id="Definitions_Uji"
            targetNamespace="http://sinergi.id/uji">
          <cmmn:case id="modeler-uji-kasus" camunda:historyTimeToLive="30">
            <cmmn:casePlanModel id="CasePlanModel_Uji">
              <cmmn:planItem id="PlanItem_Periksa" definitionRef="HumanTask_Periksa"/>
              <cmmn:humanTask id="HumanTask_Periksa" name="Periksa"
                  camunda:candidateGroups="pemda-52.02-ekonomi"/>
            </cmmn:casePlanModel>
          </cmmn:case>
        </cmmn:definitions>
        """;
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", "modeler");
    parts.add("modeler-uji-kasus.cmmn", new ByteArrayResource(
        cmmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "modeler-uji-kasus.cmmn";
      }
    });
    var refused = Api.demo(port, "admin").post().uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JSON);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("errors").toString())
        .contains("modeler-uji-kasus.cmmn").contains("model CMMN tidak didukung");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count())
        .isEqualTo(deployments);
    assertThat(engine.getRepositoryService().createCaseDefinitionQuery()
        .caseDefinitionKey("modeler-uji-kasus").count()).isZero();
  }

  @Test
  void wrongStepSettingsFromTheTemplateAreRefusedWithTheirReasons() {
    BpmnModelInstance model = model("modeler-uji-langkah", "Periksa",
        "pemda-${case.pemdaCode}-ekonomi", null, null, true);
    var task = (org.camunda.bpm.model.bpmn.instance.UserTask) model.getModelElementById("Task_Check");
    var properties = model.newInstance(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class);
    Map.of("sinergi.sla.days", "dua", "sinergi.sla.hari", "2", "sinergi.escalate", "tidak")
        .forEach((name, value) -> {
          var property = model.newInstance(
              org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class);
          property.setCamundaName(name);
          property.setCamundaValue(value);
          properties.addChildElement(property);
        });
    task.builder().addExtensionElement(properties);

    var refused = deploy("admin", null, "modeler-uji-langkah.bpmn", model);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    String errors = refused.getBody().get("errors").toString();
    assertThat(errors).contains("'sinergi.sla.days' harus bilangan bulat 1 sampai 366")
        .contains("bukan 'dua'").contains("'sinergi.sla.hari' tidak dikenal")
        .contains("'sinergi.escalate' harus true atau false");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("modeler-uji-langkah").count()).isZero();
  }

  @Test
  void sinergisOwnModelsAndFormsPassTheRules() throws Exception {
    Map<String, byte[]> resources = new HashMap<>();
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          resources.put(folder + "/" + file.getFileName(), Files.readAllBytes(file));
        }
      }
    }
    assertThat(rules.problems(null, resources)).isEmpty();
  }

  @Test
  void aLombokTengahVariantRunsLombokTengahsNewCasesOnly() {
    String key = "modeler-uji-varian";
    assertThat(deploy("admin", null, key + ".bpmn", model(key, "Periksa data umum",
        "pemda-${case.pemdaCode}-ekonomi", null, null, true)).getStatusCode().value())
        .isEqualTo(200);
    // As an administrator does in Camunda Admin: the Bagian Ekonomi may start the new process
    // (every group already reads every process model).
    var authorizations = engine.getAuthorizationService();
    for (String group : List.of("pemda-52.02-ekonomi", "pemda-52.04-ekonomi")) {
      AuthorizationGrants.grantGroup(authorizations, group, Resources.PROCESS_DEFINITION, key,
          Permissions.CREATE_INSTANCE);
      AuthorizationGrants.grantGroup(authorizations, group, Resources.PROCESS_INSTANCE, "*",
          Permissions.CREATE);
    }
    Map<String, Object> start = Map.of("variables", Map.of());
    String before = startByKey("loteng.ekonomi", key, start);

    var variant = deploy("admin", "52.02", key + ".bpmn", model(key, "Periksa data singkat",
        "pemda-${case.pemdaCode}-ekonomi", null, null, true));
    assertThat(variant.getStatusCode().value()).isEqualTo(200);
    assertThat(deploy("admin", "99.99", key + ".bpmn", model(key, "Tak ada", "pip-kerjasama",
        null, null, true)).getStatusCode().value()).isEqualTo(400);

    String loteng = startByKey("loteng.ekonomi", key, start);
    String sumbawa = startByKey("sumbawa.ekonomi", key, start);
    assertThat(definitionTenant(before)).isNull();
    assertThat(taskName(before)).startsWith("Periksa data umum");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(loteng)
        .singleResult().getTenantId()).isEqualTo("52.02");
    assertThat(definitionTenant(loteng)).isEqualTo("52.02");
    assertThat(taskName(loteng)).startsWith("Periksa data singkat");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sumbawa)
        .singleResult().getTenantId()).isEqualTo("52.04");
    assertThat(definitionTenant(sumbawa)).isNull();
    assertThat(taskName(sumbawa)).startsWith("Periksa data umum");

    // Naming the shared version by id (as Tasklist's start list may) still runs the variant.
    String shared = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).withoutTenantId().latestVersion().singleResult().getId();
    var byId = Api.demo(port, "loteng.ekonomi").post()
        .uri("/engine-rest/process-definition/{id}/start", shared)
        .contentType(MediaType.APPLICATION_JSON).body(start).retrieve().toEntity(JSON);
    assertThat(byId.getStatusCode().value()).isEqualTo(200);
    assertThat(definitionTenant((String) byId.getBody().get("id"))).isEqualTo("52.02");
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
        .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "done"));
  }

  private String startByKey(String user, String key, Map<String, Object> body) {
    var started = Api.demo(port, user).post()
        .uri("/engine-rest/process-definition/key/{key}/start", key)
        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JSON);
    assertThat(started.getStatusCode().value()).as(user).isEqualTo(200);
    return (String) started.getBody().get("id");
  }

  private String definitionTenant(String instanceId) {
    String definition = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(definition).getTenantId();
  }

  private String taskName(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult()
        .getName();
  }

  @Test
  @SuppressWarnings("unchecked")
  void runningCasesMoveToTheNewestVersionAsABatchAnAdministratorStarts() {
    String key = "modeler-uji-migrasi";
    deploy("admin", null, key + ".bpmn", model(key, "Periksa data", "pip-kerjasama", null, null,
        true));
    List<String> cases = List.of(
        engine.getRuntimeService().startProcessInstanceByKey(key).getId(),
        engine.getRuntimeService().startProcessInstanceByKey(key).getId());
    deploy("admin", null, key + ".bpmn", model(key, "Periksa data (baru)", "pip-kerjasama",
        null, null, true));
    String newest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult().getId();

    assertThat(Api.demo(port, "pip.kerjasama").get().uri("/api/admin/migrations/{key}", key)
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    var plan = Api.demo(port, "admin").get().uri("/api/admin/migrations/{key}", key).retrieve()
        .toEntity(JSON).getBody();
    List<Map<String, Object>> versions = (List<Map<String, Object>>) plan.get("versions");
    assertThat(versions).singleElement().satisfies(v -> {
      assertThat(v).containsEntry("runningCases", 2).containsEntry("migratable", true);
      assertThat(v.get("mapped").toString()).contains("Task_Check");
    });

    var started = Api.demo(port, "admin").post().uri("/api/admin/migrations/{key}", key)
        .contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve().toEntity(String.class);
    assertThat(started.getStatusCode().value()).isEqualTo(202);
    assertThat(started.getBody()).contains("batchId");
    // The job executor would run the batch; here its jobs run one after the other.
    var management = engine.getManagementService();
    var batch = management.createBatchQuery().type("instance-migration").list().stream()
        .filter(b -> started.getBody().contains(b.getId())).findFirst().orElseThrow();
    for (String definition : List.of(batch.getSeedJobDefinitionId(),
        batch.getBatchJobDefinitionId())) {
      management.createJobQuery().jobDefinitionId(definition).list()
          .forEach(j -> management.executeJob(j.getId()));
    }
    for (String id : cases) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
          .singleResult().getProcessDefinitionId()).isEqualTo(newest);
    }

    // A version without the step the cases wait at cannot take them: the plan says why.
    deploy("admin", null, key + ".bpmn", Bpmn.createExecutableProcess(key).name("Uji Modeler")
        .camundaHistoryTimeToLive(30).startEvent("Event_Started").name("Uji dimulai")
        .userTask("Task_Other").name("Langkah lain").camundaCandidateGroups("pip-kerjasama")
        .endEvent("Event_Done").name("Uji selesai").done());
    var refused = Api.demo(port, "admin").post().uri("/api/admin/migrations/{key}", key)
        .contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve().toEntity(JSON);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    var blocked = Api.demo(port, "admin").get().uri("/api/admin/migrations/{key}", key)
        .retrieve().toEntity(JSON).getBody();
    assertThat(blocked.toString()).contains("Task_Check").contains("migratable=false");
    cases.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "done"));
  }
}
