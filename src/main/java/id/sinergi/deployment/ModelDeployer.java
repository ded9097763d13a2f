package id.sinergi.deployment;

import id.sinergi.kernel.engine.EngineBootstrapStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ at start, changed resources only: an edited model becomes a new
 * version, an unchanged one does not. The starter's own auto-deployment redeploys every
 * resource when one changes and skips .form files, so it is switched off.
 */
@Component
@Order(70)
public class ModelDeployer implements EngineBootstrapStep {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final String deploymentName;
  private final List<String> patterns;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  public ModelDeployer(DeploymentProperties properties) {
    this.deploymentName = properties.name();
    this.patterns = properties.resourcePatterns();
  }

  @Override
  public void run(ProcessEngine engine) {
    deploy(engine);
  }

  /** @return the names of the resources that were new or changed */
  public List<String> deploy(ProcessEngine engine) {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.info("No models found under {}", patterns);
      return List.of();
    }
    var repository = engine.getRepositoryService();
    String previous = latestDeploymentId(engine);
    DeploymentBuilder builder = repository.createDeployment()
        .name(deploymentName).source("sinergi-start").enableDuplicateFiltering(true);
    resources.forEach((name, resource) -> {
      try {
        builder.addInputStream(name, resource.getInputStream());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + name, e);
      }
    });
    // With nothing changed, duplicate filtering answers with the previous deployment.
    String deployed = builder.deploy().getId();
    if (deployed.equals(previous)) {
      LOG.info("Models unchanged ({} resources)", resources.size());
      return List.of();
    }
    List<String> changed = repository.getDeploymentResourceNames(deployed);
    LOG.info("Deployed {} new or changed model(s): {}", changed.size(), changed);
    return changed;
  }

  private String latestDeploymentId(ProcessEngine engine) {
    return engine.getRepositoryService().createDeploymentQuery().deploymentName(deploymentName)
        .orderByDeploymentTime().desc().listPage(0, 1).stream()
        .map(org.camunda.bpm.engine.repository.Deployment::getId).findFirst().orElse("");
  }

  private Map<String, Resource> findResources() {
    Map<String, Resource> byName = new TreeMap<>();
    for (String pattern : patterns) {
      String base = baseFolder(pattern);
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          if (resource.isReadable()) {
            byName.put(resourceName(resource, base), resource);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list models for " + pattern, e);
      }
    }
    return byName;
  }

  /** The last folder before the wildcards: "classpath*:processes/**&#47;*.bpmn" gives "processes/". */
  static String baseFolder(String pattern) {
    String path = pattern.substring(pattern.indexOf(':') + 1);
    int wildcard = path.indexOf('*');
    String fixed = wildcard < 0 ? path : path.substring(0, wildcard);
    String folders = fixed.substring(0, fixed.lastIndexOf('/') + 1);
    String trimmed = folders.endsWith("/") ? folders.substring(0, folders.length() - 1) : folders;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1) + "/";
  }

  /** The resource's path from its base folder on: stable across jar, IDE and test runs. */
  static String resourceName(Resource resource, String base) throws IOException {
    String url = resource.getURL().toString();
    int at = url.lastIndexOf("/" + base);
    return at < 0 ? resource.getFilename() : url.substring(at + 1);
  }
}
