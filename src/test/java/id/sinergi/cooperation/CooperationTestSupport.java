package id.sinergi.cooperation;

import org.camunda.bpm.engine.ProcessEngine;

/** Lets tests share one database: ends a Pemda's open cooperation a previous test left. */
final class CooperationTestSupport {

  private CooperationTestSupport() {}

  static void closeOpen(ProcessEngine engine, CooperationRepository cooperations, String pemda) {
    cooperations.findByOpenPemdaCode(pemda).ifPresent(c -> {
      if (engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(c.processInstanceId).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(c.processInstanceId, "test cleanup");
      }
      c.openPemdaCode = null;
      c.status = CooperationStatus.CLOSED;
      cooperations.save(c);
    });
  }
}
