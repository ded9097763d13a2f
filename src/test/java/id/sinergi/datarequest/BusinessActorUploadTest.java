package id.sinergi.datarequest;

import static id.sinergi.datarequest.DataRequestFixtures.randomNik;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.datarequest.sheet.SheetReader;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** Uploading business-actor files through REST as an OPD does, and the error report. */
@SinergiSpringTest
@SuppressWarnings("unchecked")
class BusinessActorUploadTest {

  static final String HEADER = String.join(";", "Nama pelaku usaha", "NIK", "NIB",
      "Sektor usaha", "Kecamatan", "Desa/Kelurahan", "Skala usaha", "Nomor telepon",
      "Jenis bantuan yang diterima", "Program yang sedang diikuti", "Mulai menerima bantuan");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  long requestId;

  @BeforeEach
  void openRequest() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
        DataRequestVariables.PROCESS_ID, "upload-" + UUID.randomUUID(), Map.of(
            "pemdaCode", "52.04", "requesterGroup", "pemda-52.04-ekonomi",
            "callerReference", "upload-test", "dataKinds", "BUSINESS_ACTOR"));
    Task plan = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult();
    engine.getFormService().submitTaskForm(plan.getId(), Map.of("requests", Spin.JSON(List.of(
        Map.of("opdCode", "52.04-diskop", "kinds", List.of("BUSINESS_ACTOR"), "dueDate",
            java.time.LocalDate.now().plusDays(7).toString())))));
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    requestId = jdbc.queryForObject("select r.id from datarequest_request r join "
        + "datarequest_case c on c.id = r.case_id where c.process_instance_id = ?", Long.class,
        instance.getId());
  }

  @Test
  void aFileWithBadRowsIsRefusedWholeWithTheExactReport() {
    String goodNik = randomNik();
    String csv = HEADER + "\r\n"
        + "Warung Bu Dédé;" + goodNik + ";;Perdagangan eceran;Moyo Hilir;Moyo;MIKRO;;;;\r\n"
        + "Budi;52040115078500;;10792;Moyo Hilir;Moyo;RAKSASA;;;;\r\n"
        + "\r\n"
        + ";5204011203900001;;1079;Alas;Dalam;KECIL;0812;HIBAH;;2026-13-01\r\n";
    ResponseEntity<Map<String, Object>> response = upload("sumbawa.diskop",
        csv.getBytes(Charset.forName("windows-1252")), "pelaku.csv");

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    Map<String, Object> body = response.getBody();
    assertThat(body).containsEntry("status", "REJECTED").containsEntry("rows", 3)
        .containsEntry("errorCount", 6);
    assertThat((List<Map<String, Object>>) body.get("errors"))
        .extracting(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("value") + "|"
            + e.get("reason"))
        .containsExactly(
            "3|NIK|52040115078500|NIK harus 16 angka (terbaca 14 karakter)",
            "3|Skala usaha|RAKSASA|skala harus ULTRA_MIKRO, MIKRO, KECIL atau MENENGAH",
            "5|Nama pelaku usaha||wajib diisi",
            "5|Sektor usaha|1079|kode KBLI harus 5 angka",
            "5|Nomor telepon|0812|bukan nomor telepon Indonesia (contoh 081234567890 atau "
                + "+6281234567890)",
            "5|Mulai menerima bantuan|2026-13-01|tanggal tidak valid; tulis 2026-01-31, "
                + "31/01/2026 atau 31-01-2026");
    assertThat(jdbc.queryForObject("select count(*) from datarequest_actor where nik = ?",
        Integer.class, goodNik)).as("nothing imported").isZero();

    var api = Api.demo(port, "sumbawa.diskop");
    byte[] csvReport = api.get().uri((String) body.get("errorReportCsvUrl")).retrieve()
        .body(byte[].class);
    String report = new String(csvReport, StandardCharsets.UTF_8);
    assertThat(report).startsWith("\uFEFFBaris;Kolom;Nilai;Alasan").contains(
        "3;NIK;52040115078500;NIK harus 16 angka (terbaca 14 karakter)");
    byte[] xlsxReport = api.get().uri((String) body.get("errorReportXlsxUrl")).retrieve()
        .body(byte[].class);
    List<List<String>> rows = new ArrayList<>();
    SheetReader.read(xlsxReport, (row, cells) -> rows.add(cells));
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0)).containsExactly("Baris", "Kolom", "Nilai", "Alasan");
    assertThat(rows.get(3)).containsExactly("5", "Nama pelaku usaha", "", "wajib diisi");
    assertThat(Api.demo(port, "loteng.diskop").get().uri((String) body.get("errorReportCsvUrl"))
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void acceptsExcelsCsvVariantsAndReplacesTheEarlierList() {
    String first = randomNik();
    String second = randomNik();
    String utf8Bom = "\uFEFF" + HEADER.replace(';', ',') + "\n\n"
        + "Dédé," + first + ",,10792,Moyo Hilir,Moyo,ULTRA_MIKRO,0812 3456 7890,HIBAH,,\n"
        + ",,,,,,,,,,\n";
    ResponseEntity<Map<String, Object>> ok = upload("sumbawa.diskop",
        utf8Bom.getBytes(StandardCharsets.UTF_8), "a.csv");
    assertThat(ok.getStatusCode().value()).isEqualTo(201);
    assertThat(ok.getBody()).containsEntry("rows", 1);

    String semicolons1252 = HEADER + "\n" + "Dédé;" + first + ";;10792;Moyo Hilir;Moyo;MIKRO;;;;\n"
        + "Rina;" + second + ";;Jasa;Alas;Dalam;KECIL;;;;\n";
    assertThat(upload("sumbawa.diskop", semicolons1252.getBytes(Charset.forName("windows-1252")),
        "b.csv").getBody()).containsEntry("status", "IMPORTED").containsEntry("rows", 2);
    assertThat(jdbc.queryForObject("select name || '/' || scale from datarequest_actor where "
        + "nik = ?", String.class, first)).isEqualTo("Dédé/MIKRO");
    Map<String, Object> request = Api.demo(port, "sumbawa.diskop").get()
        .uri("/api/opd-data-requests/{id}", requestId).retrieve().body(
            new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(request).containsEntry("businessActors", 2);
  }

  @Test
  void refusesWhatIsNotASpreadsheetWithAClearMessage() {
    ResponseEntity<Map<String, Object>> legacy = upload("sumbawa.diskop",
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "lama.xls");
    assertThat(legacy.getStatusCode().value()).isEqualTo(400);
    assertThat(legacy.getBody().toString()).contains("Format .xls (Excel 97-2003) tidak didukung");
    ResponseEntity<Map<String, Object>> empty = upload("sumbawa.diskop", new byte[0], "x.csv");
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void offersTheTemplateWithADocumentationSheet() {
    ResponseEntity<byte[]> template = Api.demo(port, "sumbawa.diskop").get()
        .uri("/api/opd-data-requests/template.xlsx").retrieve().toEntity(byte[].class);
    assertThat(template.getHeaders().getContentType().toString())
        .startsWith(SpreadsheetFiles.XLSX);
    List<String> header = new ArrayList<>();
    SheetReader.read(template.getBody(), (row, cells) -> header.addAll(cells));
    assertThat(header).startsWith("Nama pelaku usaha *", "NIK *", "NIB");
    assertThat(new String(template.getBody(), StandardCharsets.ISO_8859_1)).isNotEmpty();
    String csv = Api.demo(port, "sumbawa.diskop").get().uri("/api/opd-data-requests/template.csv")
        .retrieve().body(String.class);
    assertThat(csv).contains("Nama pelaku usaha;NIK;NIB;Sektor usaha");
  }

  ResponseEntity<Map<String, Object>> upload(String user, byte[] content, String name) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return Api.demo(port, user).post()
        .uri("/api/opd-data-requests/{id}/business-actors", requestId)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
        .toEntity(new org.springframework.core.ParameterizedTypeReference<>() {});
  }
}
