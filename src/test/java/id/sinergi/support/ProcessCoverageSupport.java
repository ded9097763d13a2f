package id.sinergi.support;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.engine.platform7.CompensationEventCoverageHandler;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage (camunda-process-test-coverage, Spring test variant): the engine of the
 * test contexts records which flow nodes and sequence flows each test walks, and the library's
 * test execution listener (registered by its jar) writes one report per test class to
 * {@code target/process-test-coverage/<class>/report.json} and {@code report.html}.
 * {@link ProcessCoverageCheck} adds them up per model after the whole suite and holds each model
 * to the minimum the README states.
 *
 * <p>Unlike the library's own configuration, what the engine does before a test class starts (the
 * demo data driven while the context starts) is not recorded: a demo is not a test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageSupport {

  /** Events outside any test class: the demo data at start-up. */
  private static final Collector OUTSIDE_TESTS = event -> { };

  @Bean
  static ProcessEnginePlugin processCoveragePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        for (BpmnParseListener listener : configuration.getCustomPostBPMNParseListeners()) {
          if (listener instanceof ElementCoverageParseListener coverage) {
            coverage.setCoverageState(OUTSIDE_TESTS);
          }
        }
        configuration.getCustomEventHandlers().stream()
            .filter(CompensationEventCoverageHandler.class::isInstance)
            .forEach(handler -> ((CompensationEventCoverageHandler) handler)
                .setCoverageState(OUTSIDE_TESTS));
      }
    };
  }

  /** Per class, not per test method (the per-model figures are what the build checks). */
  @Bean
  static ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().handleTestMethodCoverage(false).build();
  }
}
