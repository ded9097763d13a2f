package id.sinergi.document;

import id.sinergi.config.SystemEngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The business key, Pemda and Penyalur of a running process. Read without the caller's engine
 * authorizations: a clerk may work on a task without the right to read its whole process
 * instance, and these keys are what decides who may see the documents.
 */
@Component
public class ProcessParties {

  public record Parties(String businessKey, String pemdaCode, String penyalurCode) {}

  private final RuntimeService runtime;
  private final SystemEngineCalls system;

  public ProcessParties(RuntimeService runtime, SystemEngineCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  public Parties of(String processInstanceId) {
    return system.call(() -> {
      var instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      if (instance == null) {
        return new Parties(null, null, null);
      }
      return new Parties(instance.getBusinessKey(),
          text(runtime.getVariable(processInstanceId, DocumentService.PEMDA_VARIABLE)),
          text(runtime.getVariable(processInstanceId, DocumentService.PENYALUR_VARIABLE)));
    });
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
