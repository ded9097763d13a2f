package id.sinergi.forms;

import id.sinergi.document.DocumentKinds;
import id.sinergi.document.DocumentService;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.organisation.OrganisationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens around every form of every process, so no process has to remember it: the task
 * name names the case's Pemda, forms are prefilled, required documents are present, the form's
 * own rules hold on the server, the form's handler saves the data (every refusal named with the
 * label the user saw), and the submitted fields leave the process (business data lives in the
 * app's tables; variables keep keys and flags).
 */
@Component
public class FormLayer {

  private static final int MAX_TEXT = 4000;
  private static final String MAX_TEXT_LABEL = "4.000";

  private static final Logger LOG = LoggerFactory.getLogger(FormLayer.class);

  private final FormSchemas schemas;
  private final Map<String, FormHandler> handlers;
  private final DocumentService documents;
  private final OrganisationRegistry registry;
  private final Cases cases;

  public FormLayer(FormSchemas schemas, List<FormHandler> handlers, DocumentService documents,
      OrganisationRegistry registry, Cases cases) {
    this.schemas = schemas;
    this.handlers = handlers.stream()
        .collect(Collectors.toMap(FormHandler::formId, Function.identity()));
    this.documents = documents;
    this.registry = registry;
    this.cases = cases;
  }

  public Optional<FormHandler> handler(String formId) {
    return Optional.ofNullable(handlers.get(formId));
  }

  /**
   * Reads nothing from the database unless the form has a server handler that prefills: the
   * case's Pemda is the task's tenant, the Pemda's short name is cached.
   */
  void taskCreated(DelegateTask task, String formId) {
    nameThePemda(task, task.getTenantId());
    FormHandler handler = formId == null ? null : handlers.get(formId);
    if (handler != null) {
      CaseFile caseFile = cases.find(task.getProcessInstanceId()).orElse(null);
      if (caseFile != null) {
        Map<String, Object> prefill = handler.prefill(task, caseFile);
        if (prefill != null && !prefill.isEmpty()) {
          task.setVariablesLocal(prefill);
        }
      }
    }
  }

  /**
   * Prefills an open task's form again if its handler shows a changing state
   * ({@link FormHandler#prefillsOnOpen}); called inside an engine command, as Tasklist opens it.
   */
  void taskOpened(DelegateTask task, String formId) {
    if (formId == null) {
      return;
    }
    handler(formId).filter(FormHandler::prefillsOnOpen).ifPresent(handler ->
        cases.find(task.getProcessInstanceId()).map(caseFile -> handler.prefill(task, caseFile))
            .filter(m -> !m.isEmpty()).ifPresent(task::setVariablesLocal));
  }

  void taskCompleting(DelegateTask task, String formId, List<String> requiredDocuments) {
    Map<String, Object> variables = submittedVariables(task);
    refuseOverlongText(variables);
    List<FieldError> missing = new ArrayList<>();
    for (String kind : requiredDocuments) {
      if (!documents.hasDocument(task.getProcessInstanceId(), kind)) {
        missing.add(new FieldError("dokumen." + kind, DocumentKinds.label(kind),
            "unggah berkas PDF di tab \"Dokumen\" sebelum menyelesaikan tugas"));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    if (formId == null) {
      return;
    }
    FormSchema schema = schemas.latest(formId);
    Map<String, Object> values = submitted(formId, schema, variables);
    if (values == null) {
      return;
    }
    handler(formId).ifPresent(handler -> {
      removeFields(task.getExecution(), values);
      submit(handler, schema, new FormSubmission(formId, values, task.getId(),
          task.getTaskDefinitionKey(), userId(task.getProcessEngineServices().getIdentityService()
              .getCurrentAuthentication(), task.getAssignee()), task.getExecution(),
          cases.of(task)));
    });
  }

  void processStarting(DelegateExecution execution, String formId) {
    FormSchema schema = schemas.latest(formId);
    Map<String, Object> values = submitted(formId, schema, execution.getVariables());
    if (values == null) {
      return;
    }
    handler(formId).ifPresent(handler -> {
      removeFields(execution, values);
      submit(handler, schema, new FormSubmission(formId, values, null, null,
          userId(execution.getProcessEngineServices().getIdentityService()
              .getCurrentAuthentication(), null), execution, cases.of(execution)));
    });
  }

  /**
   * A text value the engine cannot store (its variable columns hold 4,000 characters) is refused
   * with the reason before the engine fails on it half-way through the completion.
   */
  private static void refuseOverlongText(Map<String, Object> variables) {
    List<FieldError> errors = new ArrayList<>();
    variables.forEach((name, value) -> {
      if (value instanceof String text && text.length() > MAX_TEXT) {
        errors.add(new FieldError(name, "isian terlalu panjang: " + text.length()
            + " karakter, paling banyak " + MAX_TEXT_LABEL + " karakter"));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Runs the handler; a refusal names each field as the user saw it in the form. */
  private static void submit(FormHandler handler, FormSchema schema, FormSubmission submission) {
    try {
      handler.submit(submission);
    } catch (InvalidInputException refusal) {
      throw refusal.labelled(error -> error.label() != null ? error
          : error.withLabel(schema.labelOf(error.field())));
    }
  }

  /**
   * Tasklist's submit-form writes onto the task (over the prefilled task-local values); a plain
   * complete with variables writes onto the process. Submitted fields never stay on the process
   * (they are removed after their handler), so a process value is the one just sent.
   */
  private static Map<String, Object> submittedVariables(DelegateTask task) {
    Map<String, Object> variables = new LinkedHashMap<>(task.getVariablesLocal());
    variables.putAll(task.getExecution().getVariables());
    return variables;
  }

  /** The form's fields out of the variables, validated; null if the form is not deployed. */
  private Map<String, Object> submitted(String formId, FormSchema schema,
      Map<String, Object> variables) {
    if (schema == null) {
      LOG.warn("Form '{}' is referenced but not deployed; its submission is not checked", formId);
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : schema.keys()) {
      if (variables.containsKey(key)) {
        values.put(key, variables.get(key));
      }
    }
    List<FieldError> errors = FormSchemaValidator.validate(schema, values, feelConditions());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return values;
  }

  /** The form's show/hide conditions, decided with the engine's own FEEL engine. */
  private static FormSchemaValidator.Conditions feelConditions() {
    var dmn = (DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration()
        .getDmnEngineConfiguration();
    FeelEngine feel = dmn.getFeelEngine();
    return (expression, context) -> {
      try {
        Object result = feel.evaluateSimpleExpression(expression,
            Variables.fromMap(context).asVariableContext());
        return Boolean.TRUE.equals(result);
      } catch (RuntimeException undecidable) {
        LOG.debug("Cannot decide form condition '{}': {}", expression, undecidable.getMessage());
        return null;
      }
    };
  }

  private static void removeFields(DelegateExecution execution, Map<String, Object> values) {
    values.keySet().forEach(execution::removeVariable);
  }

  /** Pemda short names by code (11 Pemda), read once per five minutes. */
  private final Map<String, String> shortNames = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile long shortNamesLoadedAt;

  private void nameThePemda(DelegateTask task, String pemdaCode) {
    if (pemdaCode == null || task.getName() == null) {
      return;
    }
    if (System.currentTimeMillis() - shortNamesLoadedAt > 5 * 60 * 1000) {
      shortNames.clear();
      shortNamesLoadedAt = System.currentTimeMillis();
    }
    String shortName = shortNames.computeIfAbsent(pemdaCode, code -> {
      try {
        return registry.pemda(code).getShortName();
      } catch (NotFoundException unknownPemda) {
        LOG.warn("Task {} names unknown Pemda '{}'", task.getId(), code);
        return "";
      }
    });
    if (!shortName.isEmpty() && !task.getName().endsWith(" — " + shortName)) {
      task.setName(task.getName() + " — " + shortName);
    }
  }

  private static String userId(Authentication authentication, String fallback) {
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId() : fallback;
  }
}
