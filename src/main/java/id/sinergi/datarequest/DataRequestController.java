package id.sinergi.datarequest;

import id.sinergi.datarequest.DataRequestViews.AnswerBody;
import id.sinergi.datarequest.DataRequestViews.CaseView;
import id.sinergi.datarequest.DataRequestViews.ImportView;
import id.sinergi.datarequest.DataRequestViews.PackageView;
import id.sinergi.datarequest.DataRequestViews.RequestView;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cross-OPD data requests over REST: used by Tasklist's "Unggah data" tab (session + CSRF) and
 * by an OPD's own system (HTTP Basic).
 */
@RestController
@RequestMapping("/api")
class DataRequestController {

  private final DataRequestApi api;
  private final Callers callers;

  DataRequestController(DataRequestApi api, Callers callers) {
    this.api = api;
    this.callers = callers;
  }

  @GetMapping("/data-requests/{caseId}")
  CaseView dataRequest(@PathVariable long caseId) {
    return api.caseView(caseId, callers.current());
  }

  @GetMapping("/data-requests/{caseId}/duplicates")
  List<DuplicateDetector.Duplicate> duplicates(@PathVariable long caseId) {
    return api.duplicates(caseId, callers.current());
  }

  @GetMapping("/opd-data-requests/{id}")
  RequestView opdRequest(@PathVariable long id) {
    return api.request(id, callers.current());
  }

  @GetMapping("/opd-data-requests/by-task/{taskId}")
  RequestView opdRequestOfTask(@PathVariable String taskId) {
    return api.requestOfTask(taskId, callers.current());
  }

  @PostMapping(path = "/opd-data-requests/{id}/business-actors",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportView> upload(@PathVariable long id,
      @RequestParam(required = false) MultipartFile file) throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "pilih berkas CSV atau XLSX yang akan diunggah");
    }
    ImportView result = api.upload(id, file.getOriginalFilename(), file.getBytes(),
        callers.current());
    HttpStatus status = result.status() == ImportRecord.Status.IMPORTED ? HttpStatus.CREATED
        : HttpStatus.UNPROCESSABLE_ENTITY;
    return ResponseEntity.status(status).body(result);
  }

  @PostMapping("/opd-data-requests/{id}/answer")
  RequestView answer(@PathVariable long id, @RequestBody AnswerBody body) {
    return api.answer(id, body, callers.current());
  }

  @GetMapping("/opd-data-requests/imports/{importId}")
  ImportView importResult(@PathVariable long importId) {
    return api.importResult(importId, callers.current());
  }

  @GetMapping("/opd-data-requests/imports/{importId}/errors.csv")
  ResponseEntity<byte[]> errorsCsv(@PathVariable long importId) {
    return file(SpreadsheetFiles.errorReportCsv(api.importErrors(importId, callers.current())),
        SpreadsheetFiles.CSV, "laporan-kesalahan-" + importId + ".csv");
  }

  @GetMapping("/opd-data-requests/imports/{importId}/errors.xlsx")
  ResponseEntity<byte[]> errorsXlsx(@PathVariable long importId) {
    return file(SpreadsheetFiles.errorReportXlsx(api.importErrors(importId, callers.current())),
        SpreadsheetFiles.XLSX, "laporan-kesalahan-" + importId + ".xlsx");
  }

  @GetMapping("/opd-data-requests/template.xlsx")
  ResponseEntity<byte[]> templateXlsx() {
    return file(SpreadsheetFiles.templateXlsx(), SpreadsheetFiles.XLSX,
        "templat-pelaku-usaha.xlsx");
  }

  @GetMapping("/opd-data-requests/template.csv")
  ResponseEntity<byte[]> templateCsv() {
    return file(SpreadsheetFiles.templateCsv(), SpreadsheetFiles.CSV, "templat-pelaku-usaha.csv");
  }

  @GetMapping("/data-packages/{id}")
  PackageView dataPackage(@PathVariable long id) {
    return api.packageView(id, callers.current());
  }

  @GetMapping("/data-packages/{id}/business-actors")
  List<ActorStore.ListedActor> packageActors(@PathVariable long id,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    return api.packageActors(id, page, size, callers.current());
  }

  private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
