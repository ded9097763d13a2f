package id.sinergi.datarequest;

import java.time.LocalDate;
import java.util.Set;

/** One valid, normalised business-actor row, ready to be merged by NIK. */
public record ActorRecord(int rowNumber, String name, String nik, String nib, String sector,
    String kecamatan, String desa, BusinessScale scale, String phone, Set<HelpKind> helpKinds,
    String programme, LocalDate helpSince) {}
