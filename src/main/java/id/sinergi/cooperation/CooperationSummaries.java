package id.sinergi.cooperation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Indonesian texts shown in the forms: what earlier steps recorded, money as Rp1.000.000. */
@Component
class CooperationSummaries {

  private static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

  private final CooperationData data;
  private final CooperationProgress progress;

  CooperationSummaries(CooperationData data, CooperationProgress progress) {
    this.data = data;
    this.progress = progress;
  }

  static String rupiah(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(ID);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return "Rp" + new DecimalFormat("#,##0.##", symbols).format(amount == null ? BigDecimal.ZERO : amount);
  }

  static String date(LocalDate date) {
    return date == null ? "-" : DATE.format(date);
  }

  String programmeData(long cooperationId) {
    List<ProgramItem> programs = data.programs.findByCooperationIdOrderById(cooperationId);
    StringBuilder text = new StringBuilder("Program dukungan:\n");
    for (ProgramItem p : programs) {
      text.append("- ").append(p.name).append(" (").append(typeName(p.type)).append(", ")
          .append(rupiah(p.budget)).append(", ").append(p.year).append(", ")
          .append(p.targetBusinesses).append(" pelaku usaha)\n");
    }
    if (programs.isEmpty()) {
      text.append("- belum ada\n");
    }
    text.append("\nPendamping usaha: ").append(data.mentors.findByCooperationIdOrderById(cooperationId).size())
        .append(" orang. Pelatihan kewirausahaan: ")
        .append(data.trainings.findByCooperationIdOrderById(cooperationId).size()).append(".");
    data.letters.findByCooperationIdOrderById(cooperationId).stream().reduce((a, b) -> b)
        .ifPresent(l -> text.append("\n\nSurat permohonan nomor ").append(l.letterNumber)
            .append(" tanggal ").append(date(l.letterDate)).append("."));
    return text.toString();
  }

  /** The options of cooperation-propose-scheme, as its form labels them. */
  private static final Map<String, String> SYNERGIES = Map.of(
      "DATA_CALON_DEBITUR", "data calon debitur", "PENDAMPINGAN", "pendampingan",
      "PELATIHAN", "pelatihan", "SUBSIDI_BUNGA", "subsidi bunga");
  static final Map<String, String> PENYALUR_NAMES = Map.of(
      "penyalur-pegadaian", "PT Pegadaian",
      "penyalur-pnm", "PT Permodalan Nasional Madani (PNM)",
      "penyalur-bav", "PT Bahana Artha Ventura");

  static String synergies(String codes) {
    return codes == null ? "-" : Arrays.stream(codes.split(",")).map(String::trim)
        .map(c -> SYNERGIES.getOrDefault(c, c)).collect(Collectors.joining(", "));
  }

  static String penyalur(String code) {
    return code == null ? "-" : PENYALUR_NAMES.getOrDefault(code, code);
  }

  /** 34,3 % as Indonesians write it. */
  static String percent(BigDecimal value) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(ID);
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("0.0", symbols).format(value == null ? BigDecimal.ZERO : value) + " %";
  }

  String scheme(long cooperationId) {
    return data.schemes.findFirstByCooperationIdOrderByRoundDesc(cooperationId)
        .map(s -> "Usulan ke-" + s.round + ": sinergi " + synergies(s.synergies)
            + "; Penyalur " + penyalur(s.penyalurCode) + "; target " + s.targetDebtors + " debitur dan "
            + rupiah(s.targetAmount) + "." + (s.notes == null ? "" : " Catatan: " + s.notes))
        .orElse("Belum ada usulan skema.");
  }

  String progress(long cooperationId) {
    return data.periods.findFirstByCooperationIdOrderBySeqDesc(cooperationId)
        .map(period -> {
          CooperationProgress.Progress p = progress.of(cooperationId);
          return "Periode " + date(period.startDate) + " s.d. " + date(period.endDate) + ": "
              + p.debtorsReached() + " dari " + p.targetDebtors() + " debitur ("
              + percent(p.debtorsPercent()) + "), " + rupiah(p.amountDisbursed()) + " dari "
              + rupiah(p.targetAmount()) + " (" + percent(p.amountPercent()) + "), "
              + p.reportsFiled() + " laporan bulanan.";
        }).orElse("Belum ada periode PKS.");
  }

  static String typeName(ProgramType type) {
    return switch (type) {
      case GOODS_GRANT -> "hibah barang";
      case INTEREST_SUBSIDY -> "subsidi bunga";
      case FINANCING -> "pembiayaan";
    };
  }
}
