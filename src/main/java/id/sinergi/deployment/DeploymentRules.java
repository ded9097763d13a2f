package id.sinergi.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.kernel.access.DeploymentCheck;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.UnitKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import id.sinergi.kernel.engine.StepProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a deployment from Camunda Modeler must satisfy before Sinergi accepts it: every model
 * reads, every delegate, listener and bean call names a Sinergi bean (or an existing class),
 * every form it references exists (in the deployment or deployed), every candidate group exists
 * or follows the naming convention, every process and decision keeps its history a set time, and
 * every element has its place on the diagram. A variant is for a known Pemda. Problems are listed
 * all at once, in Indonesian, per file and element.
 */
@Component
class DeploymentRules implements DeploymentCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** ${bean} or ${bean.method(...)}: the first name of an expression. */
  private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*([a-zA-Z_][\\w]*)\\s*\\.\\s*[a-zA-Z_]\\w*\\s*\\(");
  private static final Pattern WHOLE_NAME = Pattern.compile("\\$\\{\\s*([a-zA-Z_][\\w]*)\\s*}");
  private static final Pattern PEMDA_GROUP = Pattern.compile(
      "pemda-\\$\\{case\\.pemdaCode}-([a-z0-9-]+)");
  private static final Pattern PARTY_GROUP = Pattern.compile(
      "\\$\\{case\\.party\\('([a-z]+)'\\)}");
  /** Names an expression may use without being a bean. */
  private static final Set<String> CONTEXT = Set.of("case", "execution", "task", "loopCounter",
      "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "authenticatedUserId",
      "dateTime", "now");

  private final ApplicationContext context;
  private final ObjectProvider<IdentityService> identity;
  private final ObjectProvider<ProcessEngine> engine;
  private final ObjectProvider<SystemEngineCalls> system;
  private final OrganisationRegistry registry;

  DeploymentRules(ApplicationContext context, ObjectProvider<IdentityService> identity,
      ObjectProvider<ProcessEngine> engine, ObjectProvider<SystemEngineCalls> system,
      OrganisationRegistry registry) {
    this.context = context;
    this.identity = identity;
    this.engine = engine;
    this.system = system;
    this.registry = registry;
  }

  @Override
  public List<FieldError> problems(String tenantId, Map<String, byte[]> resources) {
    List<FieldError> problems = new ArrayList<>();
    if (tenantId != null && registry.findUnit(tenantId)
        .filter(u -> u.getKind() == UnitKind.PEMDA).isEmpty()) {
      problems.add(new FieldError("tenantId", "Tenant",
          "'" + tenantId + "' bukan kode Pemda di NTB; varian hanya untuk satu Pemda (mis. 52.02)"));
    }
    Set<String> formsHere = new HashSet<>();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".form")) {
        formId(name, bytes, problems).ifPresent(formsHere::add);
      }
    });
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        checkBpmn(name, bytes, tenantId, formsHere, problems);
      } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        checkDmn(name, bytes, problems);
      } else if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml")
          || name.endsWith(".cmmn11.xml")) {
        // Camunda grants a CMMN task's candidate groups nothing, which the access model's
        // group task list relies on (kernel.access.CandidateGroupTasks)
        problems.add(new FieldError(name, name, "model CMMN tidak didukung; Sinergi menjalankan "
            + "proses BPMN (dan tabel keputusan DMN)"));
      }
    });
    return problems;
  }

  private java.util.Optional<String> formId(String name, byte[] bytes, List<FieldError> problems) {
    try {
      JsonNode form = JSON.readTree(bytes);
      String id = form.path("id").asText("");
      if (id.isBlank() || !form.path("components").isArray()) {
        problems.add(new FieldError(name, name, "formulir harus punya \"id\" dan \"components\""));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(id);
    } catch (java.io.IOException e) {
      problems.add(new FieldError(name, name, "formulir bukan JSON yang valid"));
      return java.util.Optional.empty();
    }
  }

  private void checkBpmn(String name, byte[] bytes, String tenantId, Set<String> formsHere,
      List<FieldError> problems) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      problems.add(new FieldError(name, name, "berkas BPMN tidak dapat dibaca: "
          + firstLine(e.getMessage())));
      return;
    }
    Set<String> shaped = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> {
      if (s.getBpmnElement() != null) {
        shaped.add(s.getBpmnElement().getId());
      }
    });
    if (shaped.isEmpty()) {
      problems.add(new FieldError(name, name, "model tidak punya diagram (BPMNDiagram); "
          + "simpan dari Camunda Modeler"));
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(problem(name, process, "proses harus punya History time to live "
            + "(Camunda Modeler: panel General → History cleanup)"));
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shaped.isEmpty() && !shaped.contains(node.getId())) {
        problems.add(problem(name, node, "elemen tidak tergambar di diagram"));
      }
      StepProperties.problems(StepProperties.properties(node))
          .forEach(reason -> problems.add(problem(name, node, reason)));
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkForm(name, task, task.getCamundaFormRef(), tenantId, formsHere, problems);
      checkGroups(name, task, task.getCamundaCandidateGroups(), problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkForm(name, start, start.getCamundaFormRef(), tenantId, formsHere, problems);
    }
    for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
      checkExpressions(name, (BaseElement) element, problems);
    }
  }

  private void checkForm(String resource, BaseElement element, String formRef, String tenantId,
      Set<String> formsHere, List<FieldError> problems) {
    if (formRef == null || formRef.isBlank() || formsHere.contains(formRef)) {
      return;
    }
    if (!formDeployed(formRef, tenantId)) {
      problems.add(problem(resource, element, "formulir '" + formRef + "' tidak ada di deployment "
          + "ini maupun yang sudah terpasang; sertakan berkas .form-nya"));
    }
  }

  /** Whether the form is deployed for everyone or for the variant's Pemda. */
  private boolean formDeployed(String formRef, String tenantId) {
    Command<Boolean> lookup = c -> {
      var forms = c.getCamundaFormDefinitionManager();
      return forms.findLatestDefinitionByKeyAndTenantId(formRef, null) != null
          || (tenantId != null && forms.findLatestDefinitionByKeyAndTenantId(formRef, tenantId)
              != null);
    };
    CommandContext current = Context.getCommandContext();
    return current != null ? lookup.execute(current) : engine.getObject()
        .getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuration
        ? configuration.getCommandExecutorTxRequired().execute(lookup) : false;
  }

  private void checkGroups(String resource, BaseElement element, String groups,
      List<FieldError> problems) {
    if (groups == null || groups.isBlank()) {
      return;
    }
    for (String group : groups.split(",")) {
      String g = group.trim();
      if (g.isEmpty()) {
        continue;
      }
      if (!g.contains("${")) {
        boolean exists = system.getObject().call(() ->
            identity.getObject().createGroupQuery().groupId(g).count() > 0);
        if (!exists) {
          problems.add(problem(resource, element, "grup kandidat '" + g + "' tidak ada"));
        }
        continue;
      }
      Matcher pemda = PEMDA_GROUP.matcher(g);
      if (pemda.matches()) {
        if (!pemdaUnitSlugs().contains(pemda.group(1))) {
          problems.add(problem(resource, element, "grup kandidat '" + g + "': unit '"
              + pemda.group(1) + "' tidak dikenal; unit Pemda yang ada: "
              + String.join(", ", new java.util.TreeSet<>(pemdaUnitSlugs()))));
        }
      } else if (!PARTY_GROUP.matcher(g).matches() && !BEAN_CALL.matcher(g).find()) {
        problems.add(problem(resource, element, "grup kandidat '" + g + "' tidak mengikuti "
            + "konvensi: tulis pemda-${case.pemdaCode}-<unit>, ${case.party('<peran>')} atau nama "
            + "grup yang ada"));
      }
    }
  }

  /** "ekonomi", "sekda", "kepala-daerah", "diskop-kepala", … as groups of Pemda 52.02 show. */
  private Set<String> pemdaUnitSlugs() {
    Set<String> slugs = new HashSet<>();
    String prefix = "pemda-52.02-";
    for (OrganisationUnit unit : registry.allUnits()) {
      if ("52.02".equals(unit.getPemdaCode()) && unit.getStaffGroupId() != null
          && unit.getStaffGroupId().startsWith(prefix)) {
        slugs.add(unit.getStaffGroupId().substring(prefix.length()));
      }
    }
    registry.allPositions().stream().map(p -> p.getGroupId())
        .filter(g -> g != null && g.startsWith(prefix))
        .forEach(g -> slugs.add(g.substring(prefix.length())));
    return slugs;
  }

  /** Delegates, listeners and bean calls anywhere in the element's camunda attributes. */
  private void checkExpressions(String resource, BaseElement element, List<FieldError> problems) {
    DomElement dom = element.getDomElement();
    checkAttributes(resource, element, dom, problems);
    for (DomElement child : descendants(dom)) {
      if (CAMUNDA.equals(child.getNamespaceURI())) {
        checkAttributes(resource, element, child, problems);
        String text = child.getTextContent();
        if (child.getChildElements().isEmpty() && text != null) {
          checkBeans(resource, element, text, problems);
        }
      }
    }
  }

  private void checkAttributes(String resource, BaseElement element, DomElement dom,
      List<FieldError> problems) {
    String delegate = dom.getAttribute(CAMUNDA, "delegateExpression");
    if (delegate != null) {
      Matcher whole = WHOLE_NAME.matcher(delegate.trim());
      if (whole.matches() && !context.containsBean(whole.group(1))) {
        problems.add(problem(resource, element, "delegate '" + delegate + "' tidak dikenal: "
            + "tidak ada bean Sinergi bernama '" + whole.group(1) + "'"));
      }
    }
    String className = dom.getAttribute(CAMUNDA, "class");
    if (className != null && !className.isBlank()) {
      try {
        Class.forName(className.trim());
      } catch (ClassNotFoundException e) {
        problems.add(problem(resource, element, "kelas '" + className + "' tidak ada di Sinergi"));
      }
    }
    for (String attribute : List.of("expression", "delegateExpression", "candidateGroups",
        "assignee", "dueDate", "collection", "calledElement")) {
      String value = dom.getAttribute(CAMUNDA, attribute);
      if (value == null) {
        value = dom.getAttribute(attribute);
      }
      if (value != null) {
        checkBeans(resource, element, value, problems);
      }
    }
  }

  private void checkBeans(String resource, BaseElement element, String text,
      List<FieldError> problems) {
    Matcher call = BEAN_CALL.matcher(text);
    while (call.find()) {
      String bean = call.group(1);
      if (!CONTEXT.contains(bean) && !context.containsBean(bean)) {
        problems.add(problem(resource, element, "ekspresi memanggil '" + bean
            + "', yang bukan bean Sinergi"));
      }
    }
  }

  private static List<DomElement> descendants(DomElement element) {
    List<DomElement> all = new ArrayList<>();
    for (DomElement child : element.getChildElements()) {
      if (isFlowChild(child)) {
        continue;
      }
      all.add(child);
      all.addAll(descendants(child));
    }
    return all;
  }

  /** Nested flow elements are checked as elements of their own, not twice as attributes. */
  private static boolean isFlowChild(DomElement child) {
    return "http://www.omg.org/spec/BPMN/20100524/MODEL".equals(child.getNamespaceURI())
        && !Set.of("extensionElements", "multiInstanceLoopCharacteristics", "conditionExpression",
            "timerEventDefinition", "timeDate", "timeDuration", "timeCycle", "loopCardinality",
            "completionCondition").contains(child.getLocalName());
  }

  private void checkDmn(String name, byte[] bytes, List<FieldError> problems) {
    try {
      DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
      Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
      for (Decision decision : decisions) {
        if (decision.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(new FieldError(name + "#" + decision.getId(), decision.getName(),
              "keputusan harus punya History time to live"));
        }
      }
    } catch (RuntimeException e) {
      problems.add(new FieldError(name, name, "berkas DMN tidak dapat dibaca: "
          + firstLine(e.getMessage())));
    }
  }

  private static FieldError problem(String resource, BaseElement element, String reason) {
    String label = element.getAttributeValue("name");
    return new FieldError(resource + "#" + element.getId(),
        label == null || label.isBlank() ? element.getId() : label, reason);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "format tidak dikenal";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
