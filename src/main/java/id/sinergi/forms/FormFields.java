package id.sinergi.forms;

import id.sinergi.kernel.access.SubmittableFields;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/** The keys of a task's deployed Camunda Form: all a user may submit when completing it. */
@Component
class FormFields implements SubmittableFields {

  private final FormSchemas schemas;

  FormFields(FormSchemas schemas) {
    this.schemas = schemas;
  }

  @Override
  public Set<String> of(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    Expression formRef = definition == null ? null : definition.getCamundaFormDefinitionKey();
    if (formRef == null) {
      return Set.of();
    }
    FormSchema schema = schemas.latest(formRef.getExpressionText());
    return schema == null ? Set.of() : Set.copyOf(schema.keys());
  }
}
