package id.sinergi.kernel.cases;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;

/**
 * Spring's expression manager (beans by name, variables) with one more name, resolved first:
 * {@code case}, the server's {@link CaseView} of the instance the expression runs in.
 */
class CaseExpressionManager extends SpringExpressionManager {

  private final ObjectProvider<Cases> cases;

  CaseExpressionManager(ApplicationContext context, ObjectProvider<Cases> cases) {
    super(context);
    this.cases = cases;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new CaseResolver());
    resolver.add(super.createElResolver());
    return resolver;
  }

  private final class CaseResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base != null || !CaseView.NAME.equals(property)) {
        return null;
      }
      Object scope = context.getContext(VariableScope.class);
      String processInstanceId = scope instanceof ExecutionEntity execution
          ? execution.getProcessInstanceId()
          : scope instanceof DelegateTask task ? task.getProcessInstanceId() : null;
      if (processInstanceId == null) {
        return null;
      }
      context.setPropertyResolved(true);
      return new CaseView(cases.getObject(), processInstanceId);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {}

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return base == null ? Object.class : null;
    }
  }
}
