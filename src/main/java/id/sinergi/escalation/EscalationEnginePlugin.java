package id.sinergi.escalation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the escalation parse listener with the engine. The listeners find {@link StepWatch}
 * lazily: it needs the engine's services, which exist only after this plugin has run.
 */
@Component
class EscalationEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StepWatch> watch;
  private final EscalationProperties properties;

  EscalationEnginePlugin(ObjectProvider<StepWatch> watch, EscalationProperties properties) {
    this.watch = watch;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Set<String> excluded = new HashSet<>(properties.getExcludedProcessKeys());
    excluded.add(LadderVariables.PROCESS_KEY);
    excluded.add(OverdueStepCheck.PROCESS_KEY);
    excluded.add(EscalationReminders.PROCESS_KEY);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new EscalationParseListener(Set.copyOf(excluded),
        task -> watch.getObject().taskCreated(task),
        task -> watch.getObject().taskEnded(task),
        execution -> watch.getObject().waitStarted(execution),
        execution -> watch.getObject().waitEnded(execution)));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
