package id.sinergi.escalation;

import id.sinergi.organisation.OrganisationRegistry;

import static id.sinergi.escalation.SlaEntry.ANY;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.UnitKind;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' changes to service levels and the holiday calendar. */
@Service
@Transactional
public class SlaAdministration {

  /** An SLA as the API shows and takes it: null keys mean "any". */
  public record SlaView(Long id, String processKey, String activityId, String pemdaCode,
      int dueWorkingDays, int level2AfterWorkingDays, int level3AfterWorkingDays,
      String responsibleGroup, java.time.Instant updatedAt) {

    static SlaView of(SlaEntry e) {
      return new SlaView(e.getId(), e.getProcessKey(), nullIfAny(e.getActivityId()),
          nullIfAny(e.getPemdaCode()), e.getDueWorkingDays(), e.getLevel2AfterDays(),
          e.getLevel3AfterDays(), e.getResponsibleGroup(), e.getUpdatedAt());
    }

    private static String nullIfAny(String value) {
      return ANY.equals(value) ? null : value;
    }
  }

  private final SlaRepository slas;
  private final HolidayRepository holidays;
  private final HolidayCalendar calendar;
  private final OrganisationRegistry units;

  private final SlaService slaService;

  public SlaAdministration(SlaRepository slas, HolidayRepository holidays,
      HolidayCalendar calendar, OrganisationRegistry units, SlaService slaService) {
    this.slaService = slaService;
    this.slas = slas;
    this.holidays = holidays;
    this.calendar = calendar;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public List<SlaView> list() {
    return slas.findAllByOrderByProcessKeyAscActivityIdAscPemdaCodeAsc().stream()
        .map(SlaView::of).toList();
  }

  public SlaView create(String processKey, String activityId, String pemdaCode, int dueDays,
      int level2Days, int level3Days, String responsibleGroup) {
    String activity = activityId == null || activityId.isBlank() ? ANY : activityId.trim();
    String pemda = pemda(pemdaCode);
    if (slas.findByProcessKeyAndActivityIdAndPemdaCode(processKey, activity, pemda).isPresent()) {
      throw new InvalidInputException("activityId", "SLA untuk proses '" + processKey
          + "', langkah '" + activity + "' dan Pemda '" + pemda
          + "' sudah ada; ubah entri itu (PUT) alih-alih membuat yang baru");
    }
    SlaEntry entry = new SlaEntry(processKey, activity, pemda);
    entry.update(dueDays, level2Days, level3Days, blankToNull(responsibleGroup),
        ClockUtil.getCurrentTime().toInstant());
    SlaView view = SlaView.of(slas.saveAndFlush(entry));
    slaService.refresh();
    return view;
  }

  /** Steps already waiting keep their dates: only steps that start afterwards use the change. */
  public SlaView update(long id, int dueDays, int level2Days, int level3Days,
      String responsibleGroup) {
    SlaEntry entry = sla(id);
    entry.update(dueDays, level2Days, level3Days, blankToNull(responsibleGroup),
        ClockUtil.getCurrentTime().toInstant());
    slas.flush();
    slaService.refresh();
    return SlaView.of(entry);
  }

  public void delete(long id) {
    SlaEntry entry = sla(id);
    if (ANY.equals(entry.getProcessKey()) && ANY.equals(entry.getActivityId())
        && ANY.equals(entry.getPemdaCode())) {
      throw new InvalidInputException("id", "SLA bawaan global tidak dapat dihapus; ubah nilainya saja");
    }
    slas.delete(entry);
    slas.flush();
    slaService.refresh();
  }

  @Transactional(readOnly = true)
  public List<Holiday> holidays(Integer year) {
    if (year == null) {
      return holidays.findAllByOrderByDate();
    }
    return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public Holiday addHoliday(LocalDate date, String name, Holiday.Kind kind, boolean provisional,
      String source) {
    if (holidays.existsById(date)) {
      throw new InvalidInputException("date", "tanggal " + date + " sudah terdaftar sebagai hari libur");
    }
    Holiday holiday = holidays.save(new Holiday(date, name.trim(), kind, provisional, blankToNull(source)));
    calendar.refresh();
    return holiday;
  }

  public Holiday updateHoliday(LocalDate date, String name, Holiday.Kind kind,
      boolean provisional, String source) {
    Holiday holiday = holidays.findById(date).orElseThrow(() -> new NotFoundException(
        "Hari libur pada tanggal " + date + " tidak ditemukan."));
    holiday.update(name.trim(), kind, provisional, blankToNull(source));
    calendar.refresh();
    return holiday;
  }

  public void deleteHoliday(LocalDate date) {
    Holiday holiday = holidays.findById(date).orElseThrow(() -> new NotFoundException(
        "Hari libur pada tanggal " + date + " tidak ditemukan."));
    holidays.delete(holiday);
    calendar.refresh();
  }

  private SlaEntry sla(long id) {
    return slas.findById(id).orElseThrow(() -> new NotFoundException(
        "Entri SLA nomor " + id + " tidak ditemukan."));
  }

  private String pemda(String code) {
    if (code == null || code.isBlank()) {
      return ANY;
    }
    OrganisationUnit unit = units.findUnit(code.trim()).orElse(null);
    if (unit == null || unit.getKind() != UnitKind.PEMDA) {
      throw new InvalidInputException("pemdaCode", "'" + code + "' bukan kode Pemda (mis. 52.02)");
    }
    return unit.getCode();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
