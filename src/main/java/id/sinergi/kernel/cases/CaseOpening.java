package id.sinergi.kernel.cases;

import id.sinergi.kernel.caller.Callers;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Opens a case for every process instance of every deployed process, before any of its steps
 * runs: the instance's tenant is its Pemda (Camunda multi-tenancy scopes every engine query,
 * runtime and history, to the reader's Pemda), the case file records the rest. Models read the
 * case in expressions as {@code ${case.pemdaCode}} or {@code ${case.party('penyalur')}}; a
 * process variable named "case" cannot shadow it.
 */
@Component
class CaseOpening extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Cases> cases;
  private final ObjectProvider<Callers> callers;
  private final ApplicationContext context;
  /** What the tenant id provider decided, for the start listener of the same instance. */
  private final ThreadLocal<Decision> decided = new ThreadLocal<>();

  private record Decision(String processDefinitionId, CaseFile parent, CaseOwner owner) {}

  CaseOpening(ObjectProvider<Cases> cases, ObjectProvider<Callers> callers,
      ApplicationContext context) {
    this.cases = cases;
    this.callers = callers;
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new PemdaTenants());
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) CaseOpening.this::started);
      }

      @Override
      public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior().getClass() == CallActivityBehavior.class) {
          activity.setActivityBehavior(new CaseCallActivity(
              (CallActivityBehavior) activity.getActivityBehavior(),
              instance -> cases.getObject().find(instance).map(CaseFile::getPemdaCode)
                  .orElse(null)));
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
    configuration.setExpressionManager(new CaseExpressionManager(context, cases));
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(
        new PemdaVariants(cases, callers));
  }

  private Decision decide(String processDefinitionId, String processKey,
      java.util.Map<String, Object> values, DelegateExecution superExecution) {
    CaseFile parent = superExecution == null ? null
        : cases.getObject().of(superExecution.getProcessInstanceId());
    CaseOwner owner = cases.getObject().decide(processKey, callers.getObject().currentOrSystem(),
        values, parent);
    return new Decision(processDefinitionId, parent, owner);
  }

  /** The process-level start listener: records the case before the first step runs. */
  private void started(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
    if (cases.getObject().find(instance.getId()).isPresent()) {
      return; // started again through process instance modification
    }
    Decision decision = decided.get();
    decided.remove();
    if (decision == null
        || !decision.processDefinitionId().equals(instance.getProcessDefinitionId())) {
      ExecutionEntity superExecution = instance.getSuperExecution();
      decision = decide(instance.getProcessDefinitionId(),
          instance.getProcessDefinition().getKey(), instance.getVariables(), superExecution);
      if (instance.getTenantId() != null && decision.owner().pemdaCode() != null
          && !instance.getTenantId().equals(decision.owner().pemdaCode())) {
        throw new id.sinergi.kernel.error.ForbiddenException("Versi proses ini khusus untuk Pemda "
            + instance.getTenantId() + "; kasus ini milik Pemda " + decision.owner().pemdaCode()
            + ".");
      }
    }
    cases.getObject().open(instance.getId(), instance.getRootProcessInstanceId(),
        decision.parent(), instance.getProcessDefinition().getKey(), decision.owner(),
        callers.getObject().currentOrSystem());
  }

  private final class PemdaTenants implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      Decision decision = decide(ctx.getProcessDefinition().getId(),
          ctx.getProcessDefinition().getKey(), ctx.getVariables(), ctx.getSuperExecution());
      decided.set(decision);
      return decision.owner().pemdaCode();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(
        TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
  }
}
