package id.sinergi.deployment;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit's "Migrasi versi" views for administrators (assets in
 * {@code plugin-webapp/sinergi-migration/app/}): the migration plan of a process's running cases
 * and the button that starts the batch. Its only resource serves those assets: the views call
 * {@code /api/admin/migrations}, which refuses everyone but administrators.
 */
public class MigrationCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "sinergi-migration";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(MigrationCockpitRootResource.class);
  }
}
