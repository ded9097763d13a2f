package id.sinergi.monitoring.query;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.error.ForbiddenException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Pemda's numbers a caller sees, decided by the kernel's access model: managers, PIP and
 * administrators see every Pemda ({@code all}), a Pemda's staff only their own Pemda. Everyone
 * else (Penyalur, incubators, a user of no organisation) gets no numbers at all: 403.
 */
public record MonitoringScope(boolean all, Set<String> pemdaCodes) {

  public static MonitoringScope of(Caller caller) {
    if (caller.seesAllPemda() || caller.isSystem()) {
      return new MonitoringScope(true, Set.of());
    }
    if (caller.pemdaCodes().isEmpty()) {
      throw new ForbiddenException("Pemantauan hanya untuk manajer, PIP, administrator dan staf "
          + "Pemda.");
    }
    return new MonitoringScope(false, new TreeSet<>(caller.pemdaCodes()));
  }

  /** The Pemda a filter asks for, refused when the caller may not see it. */
  public String requirePemda(String pemdaCode) {
    if (pemdaCode != null && !all && !pemdaCodes.contains(pemdaCode)) {
      throw new ForbiddenException("Anda tidak berwenang melihat angka Pemda " + pemdaCode + ".");
    }
    return pemdaCode;
  }

  public boolean sees(String pemdaCode) {
    return all || (pemdaCode != null && pemdaCodes.contains(pemdaCode));
  }

  /** The codes for an SQL {@code in (...)}: never empty (an unknown code matches nothing). */
  List<String> sqlCodes() {
    return pemdaCodes.isEmpty() ? List.of("-") : List.copyOf(pemdaCodes);
  }
}
