package id.sinergi.deployment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the models come from and the deployment name they are versioned under. */
@ConfigurationProperties(prefix = "sinergi.deployment")
public record DeploymentProperties(String name, List<String> resourcePatterns) {}
