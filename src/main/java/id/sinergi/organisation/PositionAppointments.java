package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appoints officials to positions (definitive or acting) and ends their tenure. */
@Service
@Published
public class PositionAppointments {

  private final OrganisationRegistry registry;
  private final PositionHolderRepository holders;
  private final IdentitySync identitySync;
  private final IdentityService identity;

  public PositionAppointments(OrganisationRegistry registry, PositionHolderRepository holders,
      IdentitySync identitySync, IdentityService identity) {
    this.registry = registry;
    this.holders = holders;
    this.identitySync = identitySync;
    this.identity = identity;
  }

  @Transactional
  public PositionHolder appoint(String positionCode, String userId, String holderName,
      Appointment appointment, LocalDate validFrom, LocalDate validTo) {
    Position position = registry.position(positionCode);
    if (!IdentitySync.userExists(identity, userId)) {
      throw new InvalidInputException("userId", "pengguna '" + userId + "' tidak terdaftar di Sinergi");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new InvalidInputException("validTo", "tanggal selesai harus sama atau setelah tanggal mulai");
    }
    PositionHolder holder = holders.save(
        new PositionHolder(position, userId, holderName, appointment, validFrom, validTo));
    identitySync.syncPositionMembers(identity, positionCode);
    return holder;
  }

  @Transactional
  public PositionHolder end(String positionCode, long holderId, LocalDate lastDay) {
    PositionHolder holder = holders.findById(holderId)
        .filter(h -> h.getPosition().getCode().equals(positionCode))
        .orElseThrow(() -> new NotFoundException(
            "Pejabat nomor " + holderId + " pada jabatan '" + positionCode + "' tidak ditemukan."));
    if (lastDay.isBefore(holder.getValidFrom())) {
      throw new InvalidInputException("validTo", "tanggal selesai harus sama atau setelah tanggal mulai");
    }
    holder.end(lastDay);
    identitySync.syncPositionMembers(identity, positionCode);
    return holder;
  }

  /** Tenures start and end on dates: refresh the position groups every night at 00:05 WITA. */
  @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Makassar")
  public void refreshMemberships() {
    identitySync.syncAllPositionMembers(identity);
  }
}
