package id.sinergi.kernel.access;

import id.sinergi.kernel.error.FieldError;
import java.util.List;
import java.util.Map;

/**
 * What must hold for a deployment an administrator sends (Camunda Modeler, engine REST) to be
 * accepted. Implemented by the deployment capability; the {@link EngineGuard} refuses the whole
 * deployment (400, every problem listed) when anything is wrong, so nothing half-valid is
 * deployed.
 */
public interface DeploymentCheck {

  /**
   * @param tenantId the Pemda the deployment is for (a variant), or null for all
   * @param resources the deployment's resources by name
   * @return the problems in Indonesian, each naming the resource and element; empty to accept
   */
  List<FieldError> problems(String tenantId, Map<String, byte[]> resources);
}
