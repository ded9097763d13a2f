package id.sinergi.document;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * The business key, Pemda and Penyalur of a running process. Read with authorization checks
 * off: a clerk may work on a task without the right to read its whole process instance, and
 * these keys are what decides who may see the documents.
 */
@Component
public class ProcessParties {

  public record Parties(String businessKey, String pemdaCode, String penyalurCode) {}

  private final ProcessEngine engine;

  public ProcessParties(ProcessEngine engine) {
    this.engine = engine;
  }

  public Parties of(String processInstanceId) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
      if (instance == null) {
        return new Parties(null, null, null);
      }
      return new Parties(instance.getBusinessKey(),
          text(instance.getVariable(DocumentService.PEMDA_VARIABLE)),
          text(instance.getVariable(DocumentService.PENYALUR_VARIABLE)));
    });
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
