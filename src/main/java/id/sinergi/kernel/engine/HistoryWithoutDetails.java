package id.sinergi.kernel.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History as users read it: history level "full" (Cockpit's durations and activity history,
 * Tasklist's history, the historic variable values the processes' tests and reports read), but
 * without the ACT_HI_DETAIL row Camunda adds for every single variable write, which nothing in
 * Sinergi or its webapps reads (Cockpit CE shows variable values, not their update log).
 *
 * <p>Done in the history event handler rather than with a custom history level: the level is
 * stored in the database (ACT_GE_PROPERTY) and an engine refuses to start on a database written
 * at another level, so a new level would break every existing installation.
 */
@Component
public class HistoryWithoutDetails extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
      @Override
      protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
      }
    });
  }
}
