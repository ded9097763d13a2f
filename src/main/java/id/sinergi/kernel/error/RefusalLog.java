package id.sinergi.kernel.error;

import id.sinergi.kernel.PersonalData;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per refusal, whatever refused it (the app's API, a form through Tasklist, the
 * engine REST API), on the logger {@code id.sinergi.refusal}, with what an operator searches for:
 *
 * <pre>
 * REFUSED status=400 error=invalid_input user=loteng.ekonomi pemda=52.02 case=KS-52.02-2026-001
 *   instance=8f0c… at="complete task 41d2…" reason="Kolom 'Anggaran (Rp)': tidak boleh kurang dari 0"
 * </pre>
 *
 * Values never carry a NIK (masked by {@link PersonalData}). A refusal is logged once: where an
 * engine command refused it, the API's answer to the same exception is not logged again.
 */
public final class RefusalLog {

  static final Logger LOG = LoggerFactory.getLogger("id.sinergi.refusal");

  private static final ThreadLocal<Throwable> LOGGED = new ThreadLocal<>();
  private static final ThreadLocal<CaseNote> CASE = new ThreadLocal<>();

  /** The case a refusal is about, as far as the refusing code knows it. */
  public record CaseNote(String caseKey, String processInstanceId, String pemdaCode) {}

  private RefusalLog() {}

  /**
   * Notes the case the current request is about, just before refusing it (CaseAccess does),
   * so the refusal's line names it.
   */
  public static void aboutCase(String caseKey, String processInstanceId, String pemdaCode) {
    CASE.set(new CaseNote(caseKey, processInstanceId, pemdaCode));
  }

  /** Whether the throwable, or one of its causes, is a refusal of a user's request. */
  public static boolean isRefusal(Throwable thrown) {
    return status(thrown) > 0;
  }

  /** The HTTP status a refusal answers with, or 0 if it is not one. */
  static int status(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException) {
        return 400;
      }
      if (c instanceof ForbiddenException || c instanceof AuthorizationException) {
        return 403;
      }
      if (c instanceof NotFoundException) {
        return 404;
      }
      if (c instanceof ConflictException) {
        return 409;
      }
    }
    return 0;
  }

  /** An engine command a user sent was refused (called once, by the outermost command). */
  public static void engineCommand(String userId, String what, CaseNote about, Throwable thrown) {
    int status = status(thrown);
    Throwable refusal = refusal(thrown);
    write(status, error(status), userId, about, what, reason(refusal));
    LOGGED.set(thrown);
  }

  /** The API answered with a 4xx; not logged again if an engine command already logged it. */
  public static void api(int status, String error, String message, List<FieldError> errors,
      String userId, String method, String path, Throwable cause) {
    try {
      if (alreadyLogged(cause)) {
        return;
      }
      write(status, error, userId, CASE.get(), method + " " + path, reason(message, errors));
    } finally {
      CASE.remove();
      LOGGED.remove();
    }
  }

  /** Forgets what this thread noted (the end of a request). */
  public static void clear() {
    CASE.remove();
    LOGGED.remove();
  }

  private static boolean alreadyLogged(Throwable cause) {
    Throwable logged = LOGGED.get();
    if (logged == null || cause == null) {
      return false;
    }
    for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c == logged) {
        return true;
      }
    }
    for (Throwable c = logged; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c == cause) {
        return true;
      }
    }
    return false;
  }

  private static void write(int status, String error, String userId, CaseNote about,
      String what, String reason) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    CaseNote note = about == null ? new CaseNote(null, null, null) : about;
    LOG.info("REFUSED status={} error={} user={} pemda={} case={} instance={} at=\"{}\" "
        + "reason=\"{}\"", status, error, value(userId), value(note.pemdaCode()),
        value(PersonalData.mask(note.caseKey() != null ? note.caseKey()
            : note.processInstanceId())), value(note.processInstanceId()),
        PersonalData.mask(what), PersonalData.mask(reason));
  }

  private static Throwable refusal(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException || c instanceof ForbiddenException
          || c instanceof AuthorizationException || c instanceof NotFoundException
          || c instanceof ConflictException) {
        return c;
      }
    }
    return thrown;
  }

  private static String reason(Throwable refusal) {
    if (refusal instanceof AuthorizationException) {
      return "Anda tidak berwenang melakukan tindakan ini.";
    }
    return refusal == null || refusal.getMessage() == null ? "" : oneLine(refusal.getMessage());
  }

  private static String reason(String message, List<FieldError> errors) {
    if (errors == null || errors.isEmpty()) {
      return oneLine(message);
    }
    StringBuilder text = new StringBuilder();
    for (FieldError error : errors) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(error.describe());
    }
    return oneLine(text.toString());
  }

  private static String error(int status) {
    return switch (status) {
      case 400 -> "invalid_input";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 409 -> "conflict";
      default -> "refused";
    };
  }

  private static String value(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }

  /** One line, at most 500 characters: a log line is for searching, the answer has it all. */
  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("[\\r\\n]+", " ").replace('"', '\'');
    return line.length() > 500 ? line.substring(0, 497) + "..." : line;
  }
}
