package id.sinergi.kernel.cases;

import static org.camunda.bpm.engine.impl.util.CallableElementUtil.getProcessDefinitionToCall;

import java.lang.reflect.Field;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A call activity whose called instance gets its tenant from its own case policy. Camunda gives a
 * called instance of a shared definition its caller's tenant; a called process may belong to
 * another Pemda than its caller (an incubation participant from Sumbawa in a Lombok Timur
 * cohort), so the called instance asks Sinergi's tenant id provider like any other start. When the
 * calling case's Pemda has its own variant of the called process, that variant is called.
 */
class CaseCallActivity extends CallActivityBehavior {

  private final transient Function<String, String> pemdaOfInstance;

  /**
   * @param pemdaOfInstance the Pemda of a process instance's case, to call that Pemda's variant
   *     of the called process when it has one
   */
  CaseCallActivity(CallActivityBehavior original, Function<String, String> pemdaOfInstance) {
    this.pemdaOfInstance = pemdaOfInstance;
    for (String name : new String[] {"callableElement", "className", "expression",
        "variablesFilter"}) {
      copy(original, name);
    }
  }

  @Override
  protected void startInstance(ActivityExecution execution, VariableMap variables,
      String businessKey) {
    ExecutionEntity caller = (ExecutionEntity) execution;
    ProcessDefinitionImpl definition = getProcessDefinitionToCall(caller,
        caller.getProcessDefinitionTenantId(), getCallableElement());
    String pemda = pemdaOfInstance.apply(caller.getProcessInstanceId());
    if (pemda != null && ((ProcessDefinitionEntity) definition).getTenantId() == null) {
      ProcessDefinitionEntity variant = Context.getCommandContext().getProcessDefinitionManager()
          .findLatestProcessDefinitionByKeyAndTenantId(
              ((ProcessDefinitionEntity) definition).getKey(), pemda);
      if (variant != null) {
        definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(variant.getId());
      }
    }
    ExecutionEntity called = (ExecutionEntity) execution.createSubProcessInstance(definition,
        businessKey);
    if (((ProcessDefinitionEntity) definition).getTenantId() == null) {
      called.setTenantId(null);
    }
    called.start(variables);
  }

  private void copy(CallActivityBehavior original, String name) {
    try {
      Field field = CallableElementActivityBehavior.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(this, field.get(original));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot copy " + name + " of a call activity: check "
          + "CaseCallActivity against this Camunda version", e);
    }
  }
}
