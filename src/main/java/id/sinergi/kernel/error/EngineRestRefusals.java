package id.sinergi.kernel.error;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers Sinergi's refusals as the app's API does: the status they mean
 * (400 invalid input, 403 forbidden, 404 not found, 409 conflict) and the reason in Indonesian,
 * even where Camunda's resources wrap them into a 500 (a process start refused by its case policy,
 * for example). Everything else keeps Camunda's own answer.
 */
@Component
public class EngineRestRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RestExceptions.class);
    config.register(EngineExceptions.class);
    config.register(RuntimeExceptions.class);
    config.register(UnreadableJson.class);
    config.register(UnmappableJson.class);
  }

  /** The refusal in the cause chain, or null. */
  static Response refusal(Throwable thrown) {
    if (thrown instanceof RestException rest && rest.getStatus() != null
        && rest.getStatus().getStatusCode() < 500 && notFound(rest.getMessage())) {
      return body(404, "not_found", "Data yang diminta tidak ditemukan atau bukan milik Anda.",
          List.of());
    }
    if (DatabaseOutage.isCause(thrown)) {
      return body(503, "database_unavailable", DatabaseOutage.MESSAGE, List.of());
    }
    for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c.getMessage() != null && c.getMessage().contains("ENGINE-17007")) {
        // A variable sent as a serialized Java object: refused by configuration, not an error.
        return body(400, "invalid_input", "Data tidak valid: variabel berupa objek Java "
            + "terserialisasi tidak diterima; kirim nilainya sebagai JSON.", List.of());
      }
      if (c instanceof InvalidInputException invalid) {
        return body(400, "invalid_input", invalid.getMessage(), invalid.getErrors());
      }
      if (c instanceof ForbiddenException forbidden) {
        return body(403, "forbidden", forbidden.getMessage(), List.of());
      }
      if (c instanceof NotFoundException notFound) {
        return body(404, "not_found", notFound.getMessage(), List.of());
      }
      if (c instanceof ConflictException conflict) {
        return body(409, "conflict", conflict.getMessage(), List.of());
      }
      if (c instanceof OptimisticLockingException || (c.getMessage() != null
          && c.getMessage().contains("ENGINE-02010"))) {
        // Two requests (on one node or two) changed the same task or case at the same moment:
        // the other one's change is stored, this one's is rolled back whole. ENGINE-02010
        // ("activity ... doesn't accept signals") is the same race seen a moment later: the
        // completion read the task just before another request completed it and moved the
        // case on, e.g. into a parallel join.
        return body(409, "conflict", CHANGED_CONCURRENTLY, List.of());
      }
      if (c instanceof TaskAlreadyClaimedException claimed) {
        return body(409, "conflict", "Tugas ini sudah diambil oleh " + claimed.getTaskAssignee()
            + ". Muat ulang daftar tugas.", List.of());
      }
      if (c instanceof org.camunda.bpm.engine.exception.NotFoundException
          || (c instanceof org.camunda.bpm.engine.exception.NullValueException
              && c.getMessage() != null && c.getMessage().startsWith("Cannot find task"))) {
        // e.g. a task completed a moment ago by someone else (possibly on another node)
        return body(404, "not_found", GONE, List.of());
      }
    }
    return null;
  }

  static final String CHANGED_CONCURRENTLY = "Data ini baru saja diubah oleh pengguna lain. "
      + "Perubahan Anda tidak disimpan; muat ulang lalu coba lagi.";
  static final String GONE = "Data yang diminta tidak ditemukan atau sudah diselesaikan oleh "
      + "pengguna lain. Muat ulang daftar tugas.";

  /** Camunda's ways of saying that something the user named does not exist (for them). */
  private static boolean notFound(String message) {
    return message != null && (message.startsWith("No task found")
        || message.startsWith("No matching") || message.contains("does not exist")
        || message.startsWith("No process instance found"));
  }

  private static Response body(int status, String error, String message,
      List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", error);
    body.put("status", status);
    body.put("error", error);
    body.put("message", message);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static final String UNREADABLE_JSON = "Isi permintaan tidak dapat dibaca: kirim JSON yang "
      + "utuh dengan jenis nilai yang sesuai, misalnya {\"variables\": {\"nama\": {\"value\": "
      + "\"...\"}}}.";

  /** Broken JSON: 400 with a reason in Indonesian instead of Jackson's text naming Java types. */
  @Priority(1)
  public static class UnreadableJson
      implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
    @Override
    public Response toResponse(com.fasterxml.jackson.core.JsonParseException e) {
      return body(400, "malformed_json", UNREADABLE_JSON, List.of());
    }
  }

  /** JSON of the wrong shape (a list for an object, text for a map). */
  @Priority(1)
  public static class UnmappableJson
      implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
    @Override
    public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException e) {
      return body(400, "malformed_json", UNREADABLE_JSON, List.of());
    }
  }

  /** The refusal the exception stands for, else Camunda's own answer. */
  private static Response answer(Throwable exception) {
    Response refusal = refusal(exception);
    return refusal != null ? refusal
        : ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  @Priority(1)
  public static class RestExceptions implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  /**
   * Every other runtime failure under engine REST (Spring's data access and transaction failures
   * when the database goes away, for example) gets the same reading; Camunda's own answer
   * otherwise, as its catch-all mapper gives.
   */
  @Priority(1)
  public static class RuntimeExceptions implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException exception) {
      return answer(exception);
    }
  }
}
