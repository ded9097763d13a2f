package id.sinergi.umi;

import id.sinergi.datarequest.SpreadsheetFiles;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A cooperation's UMi data: the Penyalur uploads its monthly debtor lists and bulk SIKP checks;
 * whoever reads the cooperation's case (PIP above all) sees debtors, checks, refusals and flags.
 */
@RestController
@RequestMapping("/api/umi")
class UmiController {

  /** Upload limit for a spreadsheet (bytes), like the OPD imports. */
  static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  private final UmiAccess access;
  private final PenyalurUploads penyalur;
  private final Uploads uploads;
  private final UmiOverview overview;
  private final Callers callers;

  UmiController(UmiAccess access, PenyalurUploads penyalur, Uploads uploads,
      UmiOverview overview, Callers callers) {
    this.access = access;
    this.penyalur = penyalur;
    this.uploads = uploads;
    this.overview = overview;
    this.callers = callers;
  }

  @GetMapping("/cooperations/{id}")
  UmiOverview.View cooperation(@PathVariable long id) {
    CaseFile caseFile = access.readable(callers.current(), id);
    return overview.of(id, caseFile.getPemdaCode(), caseFile.groups(UmiAccess.PENYALUR));
  }

  @PostMapping(path = "/cooperations/{id}/debtor-lists",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Uploads.Outcome> debtorList(@PathVariable long id,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) MultipartFile file) throws IOException {
    Caller caller = callers.current();
    access.asPenyalur(caller, id);
    YearMonth reportMonth = month(month);
    byte[] content = content(file);
    return answer(penyalur.debtorList(caller, id, reportMonth, file.getOriginalFilename(),
        content));
  }

  @PostMapping(path = "/cooperations/{id}/sikp-checks",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Uploads.Outcome> sikpChecks(@PathVariable long id,
      @RequestParam(required = false) MultipartFile file) throws IOException {
    Caller caller = callers.current();
    access.asPenyalur(caller, id);
    byte[] content = content(file);
    return answer(penyalur.sikpChecks(caller, id, file.getOriginalFilename(), content));
  }

  @GetMapping("/uploads/{uploadId}/errors.csv")
  ResponseEntity<byte[]> errorsCsv(@PathVariable long uploadId) {
    return file(SpreadsheetFiles.errorReportCsv(errors(uploadId)), SpreadsheetFiles.CSV,
        "laporan-kesalahan-umi-" + uploadId + ".csv");
  }

  @GetMapping("/uploads/{uploadId}/errors.xlsx")
  ResponseEntity<byte[]> errorsXlsx(@PathVariable long uploadId) {
    return file(SpreadsheetFiles.errorReportXlsx(errors(uploadId)), SpreadsheetFiles.XLSX,
        "laporan-kesalahan-umi-" + uploadId + ".xlsx");
  }

  private List<id.sinergi.datarequest.ImportError> errors(long uploadId) {
    Uploads.Upload upload = uploads.byId(uploadId);
    access.readable(callers.current(), upload.cooperationId());
    return uploads.errors(uploadId);
  }

  private static ResponseEntity<Uploads.Outcome> answer(Uploads.Outcome outcome) {
    return ResponseEntity.status(outcome.status() == Uploads.Status.ACCEPTED ? HttpStatus.CREATED
        : HttpStatus.UNPROCESSABLE_ENTITY).body(outcome);
  }

  private static YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("month", "wajib diisi, format tahun-bulan, contoh 2026-03");
    }
    try {
      return YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "format bulan harus tahun-bulan, contoh 2026-03");
    }
  }

  private static byte[] content(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "pilih berkas CSV atau XLSX yang akan diunggah");
    }
    if (file.getSize() > MAX_UPLOAD_BYTES) {
      throw new InvalidInputException("file", "berkas terlalu besar: maksimal "
          + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
    }
    return file.getBytes();
  }

  private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
