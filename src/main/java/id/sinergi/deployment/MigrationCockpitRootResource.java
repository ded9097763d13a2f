package id.sinergi.deployment;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Serves the plugin's assets ({@code /camunda/api/cockpit/plugin/sinergi-migration/static/app/
 * plugin.js}); without a root resource Cockpit cannot load them and stops at start-up.
 */
@Path("plugin/" + MigrationCockpitPlugin.ID)
public class MigrationCockpitRootResource extends AbstractCockpitPluginRootResource {

  public MigrationCockpitRootResource() {
    super(MigrationCockpitPlugin.ID);
  }
}
