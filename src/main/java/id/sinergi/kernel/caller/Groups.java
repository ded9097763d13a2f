package id.sinergi.kernel.caller;

/**
 * Camunda groups that are roles rather than organisation units. Unit and position groups come
 * from the registry (see README, "Groups").
 */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String MANAGER = "manajer";
  public static final String TYPE_UNIT = "UNIT";
  public static final String TYPE_POSITION = "POSITION";
  public static final String TYPE_ROLE = "ROLE";

  private Groups() {}
}
