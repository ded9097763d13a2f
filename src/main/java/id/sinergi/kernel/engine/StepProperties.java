package id.sinergi.kernel.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What an administrator sets on a step in Camunda Modeler (the "Langkah Sinergi" element
 * template): {@code camunda:property} entries named {@code sinergi.*} on a user task or a waiting
 * event. They are read once per deployed process definition from the engine's model cache, so a
 * step costs a map lookup; a new deployment is a new definition id and is read afresh.
 *
 * <ul>
 *   <li>{@value #SLA_DAYS}: working days the step may wait before it is overdue;
 *   <li>{@value #LEVEL2_DAYS}, {@value #LEVEL3_DAYS}: working days past the due date (then past
 *       level 2) before the step escalates to level 2 and 3;
 *   <li>{@value #ESCALATE}: {@code false} keeps the step's due date but never escalates it;
 *   <li>{@value #DOCUMENTS}: the document kinds the step requires, {@value #OPTIONAL_DOCUMENTS}
 *       those it accepts without requiring them (read by the document capability).
 * </ul>
 *
 * The database keeps per-Pemda overrides of the service level (see the escalation capability).
 */
@Component
public class StepProperties {

  public static final String SLA_DAYS = "sinergi.sla.days";
  public static final String LEVEL2_DAYS = "sinergi.sla.level2Days";
  public static final String LEVEL3_DAYS = "sinergi.sla.level3Days";
  public static final String ESCALATE = "sinergi.escalate";
  public static final String DOCUMENTS = "sinergi.documents";
  public static final String OPTIONAL_DOCUMENTS = "sinergi.optionalDocuments";
  public static final Set<String> KNOWN = Set.of(SLA_DAYS, LEVEL2_DAYS, LEVEL3_DAYS, ESCALATE,
      DOCUMENTS, OPTIONAL_DOCUMENTS);
  private static final int MAX_DAYS = 366;

  private final RepositoryService repository;
  private final SystemEngineCalls system;
  private final Map<String, Map<String, Map<String, String>>> byDefinition =
      new ConcurrentHashMap<>();

  public StepProperties(RepositoryService repository, SystemEngineCalls system) {
    this.repository = repository;
    this.system = system;
  }

  /** The {@code sinergi.*} properties of one step of a deployed definition (empty if none). */
  public Map<String, String> of(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return Map.of();
    }
    return byDefinition
        .computeIfAbsent(processDefinitionId,
            id -> read(system.call(() -> repository.getBpmnModelInstance(id))))
        .getOrDefault(activityId, Map.of());
  }

  /** Every flow node's {@code sinergi.*} properties, by element id. */
  public static Map<String, Map<String, String>> read(BpmnModelInstance model) {
    Map<String, Map<String, String>> steps = new LinkedHashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Map<String, String> own = properties(node);
      if (!own.isEmpty()) {
        steps.put(node.getId(), Collections.unmodifiableMap(own));
      }
    }
    return Collections.unmodifiableMap(steps);
  }

  /** The element's {@code sinergi.*} properties, in model order. */
  public static Map<String, String> properties(BaseElement element) {
    Map<String, String> own = new LinkedHashMap<>();
    if (element.getExtensionElements() == null) {
      return own;
    }
    element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
        .stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> p.getCamundaName() != null && p.getCamundaName().startsWith("sinergi."))
        .forEach(p -> own.putIfAbsent(p.getCamundaName(), value(p)));
    return own;
  }

  /**
   * What is wrong with a step's {@code sinergi.*} properties, in Indonesian (empty when they are
   * fine). Document kinds are checked by the document capability's own rules.
   */
  public static List<String> problems(Map<String, String> properties) {
    List<String> problems = new ArrayList<>();
    properties.forEach((name, value) -> {
      if (!KNOWN.contains(name)) {
        problems.add("properti '" + name + "' tidak dikenal; yang dikenal: " + SLA_DAYS + ", "
            + LEVEL2_DAYS + ", " + LEVEL3_DAYS + ", " + ESCALATE + ", " + DOCUMENTS + ", "
            + OPTIONAL_DOCUMENTS);
      } else if (name.startsWith("sinergi.sla.") && days(value) == null) {
        problems.add("properti '" + name + "' harus bilangan bulat 1 sampai " + MAX_DAYS
            + " (hari kerja), bukan '" + value + "'");
      } else if (ESCALATE.equals(name) && !"true".equals(value) && !"false".equals(value)) {
        problems.add("properti '" + name + "' harus true atau false, bukan '" + value + "'");
      }
    });
    return problems;
  }

  /** A number of working days from a property value, or null if it is not one (1–366). */
  public static Integer days(String value) {
    if (value == null) {
      return null;
    }
    try {
      int days = Integer.parseInt(value.trim());
      return days >= 1 && days <= MAX_DAYS ? days : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String value(CamundaProperty property) {
    return property.getCamundaValue() == null ? "" : property.getCamundaValue().trim();
  }
}
