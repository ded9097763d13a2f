package id.sinergi.demo;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the one start of all demo data, driven through the real processes as their
 * users (see {@link ProcessDriver}), once the application context is up and before the job
 * executor starts (on ApplicationReadyEvent), so no timer fires behind its back. Every part
 * skips what already exists, so a restart changes nothing.
 */
@Component
@Profile("demo")
class DemoSeeding {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

  private final CooperationDemo cooperations;
  private final DataRequestDemo dataRequests;
  private final IncubationDemo incubation;

  DemoSeeding(CooperationDemo cooperations, DataRequestDemo dataRequests,
      IncubationDemo incubation) {
    this.cooperations = cooperations;
    this.dataRequests = dataRequests;
    this.incubation = incubation;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void seed() {
    long started = System.nanoTime();
    try {
      cooperations.seed();
      ClockUtil.reset();
      dataRequests.seed();
      incubation.seed();
    } finally {
      ClockUtil.reset();
    }
    LOG.info("Demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
  }
}
