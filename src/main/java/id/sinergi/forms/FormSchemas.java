package id.sinergi.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a form, parsed once per form definition (a deployed form never
 * changes; a new version gets a new id). Must be called inside an engine command, as listeners are.
 */
@Component
public class FormSchemas {

  private final Map<String, FormSchema> byDefinitionId = new ConcurrentHashMap<>();

  /** @return the schema, or null when no form with that id is deployed */
  public FormSchema latest(String formId) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinitionEntity definition =
        context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId);
    if (definition == null) {
      return null;
    }
    return byDefinitionId.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(
          definition.getDeploymentId(), definition.getResourceName());
      return FormSchema.parse(resource.getBytes());
    });
  }
}
