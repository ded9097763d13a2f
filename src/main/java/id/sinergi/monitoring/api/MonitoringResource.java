package id.sinergi.monitoring.api;

import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.monitoring.query.MonitoringQueries;
import id.sinergi.monitoring.query.MonitoringQueries.StepFilter;
import id.sinergi.monitoring.query.MonitoringScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/**
 * The plugin's REST API. Cockpit lets any webapp login call it, so every answer is limited by
 * the kernel's access model ({@link MonitoringScope}): a Pemda's staff get their Pemda's
 * numbers only, managers, PIP and administrators all; anyone else 403.
 */
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource extends AbstractCockpitPluginResource {

  public MonitoringResource(String engineName) {
    super(engineName);
  }

  /** (a) Per waiting activity of a definition: open, overdue, oldest age, highest level. */
  @GET
  @Path("process-definition/{id}/activities")
  public Object activities(@PathParam("id") String definitionId) {
    return answer(scope -> queries().activityLoad(scope, definitionId));
  }

  /** (a) The steps waiting at one activity: Pemda, holder, age, level. */
  @GET
  @Path("process-definition/{id}/activities/{activityId}/steps")
  public Object activitySteps(@PathParam("id") String definitionId,
      @PathParam("activityId") String activityId) {
    return answer(scope -> queries().waitingSteps(scope,
        new StepFilter(definitionId, activityId, null, null, null, false)));
  }

  /** Every step waiting in instances of the definition, with the Pemda of each instance. */
  @GET
  @Path("process-definition/{id}/steps")
  public Object definitionSteps(@PathParam("id") String definitionId) {
    return answer(scope -> queries().waitingSteps(scope,
        new StepFilter(definitionId, null, null, null, null, false)));
  }

  /** (b) Median and p90 per activity of the definition's process over the last days. */
  @GET
  @Path("process-definition/{id}/durations")
  public Object definitionDurations(@PathParam("id") String definitionId,
      @QueryParam("days") Integer days) {
    return answer(scope -> queries().durations(scope, processKey(definitionId),
        days == null ? 90 : days, false, null));
  }

  /** (c) Overdue steps across Pemda, most overdue first. */
  @GET
  @Path("stalled-steps")
  public Object stalledSteps(@QueryParam("pemda") String pemda,
      @QueryParam("processKey") String processKey, @QueryParam("level") Integer level) {
    if (level != null && (level < 0 || level > 3)) {
      throw refusal(Response.Status.BAD_REQUEST, "Tingkat eskalasi harus 0, 1, 2 atau 3.");
    }
    return answer(scope -> queries().waitingSteps(scope,
        new StepFilter(null, null, blankToNull(processKey), blankToNull(pemda), level, true)));
  }

  /** (d) Open and overdue steps per Pemda. */
  @GET
  @Path("pemda-load")
  public Object pemdaLoad(@QueryParam("processKey") String processKey) {
    return answer(scope -> queries().pemdaLoad(scope, blankToNull(processKey)));
  }

  /** (e) Median and p90 per step and Pemda of one process, beside the SLA. */
  @GET
  @Path("durations")
  public Object durations(@QueryParam("processKey") String processKey,
      @QueryParam("days") Integer days, @QueryParam("pemda") String pemda) {
    return answer(scope -> queries().durations(scope, blankToNull(processKey),
        days == null ? 90 : days, true, blankToNull(pemda)));
  }

  /** (f) The Pemda of process instances: {@code ?ids=a,b,c}. */
  @GET
  @Path("process-instances")
  public Object instancePemda(@QueryParam("ids") String ids) {
    List<String> list = ids == null ? List.of() : Arrays.stream(ids.split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    return answer(scope -> queries().instancePemda(scope, list));
  }

  /** The Pemda and processes the caller may filter by. */
  @GET
  @Path("choices")
  public Object choices() {
    return answer(scope -> Map.of("pemda", queries().pemdaChoices(scope),
        "processes", queries().processChoices()));
  }

  private Object answer(Function<MonitoringScope, Object> query) {
    try {
      return query.apply(MonitoringScope.of(callers().current()));
    } catch (ForbiddenException e) {
      throw refusal(Response.Status.FORBIDDEN, e.getMessage());
    } catch (InvalidInputException e) {
      throw refusal(Response.Status.BAD_REQUEST, e.getMessage());
    } catch (NotFoundException e) {
      throw refusal(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  private String processKey(String definitionId) {
    return queries().processKeyOf(definitionId).orElseThrow(() -> new NotFoundException(
        "Definisi proses '" + definitionId + "' tidak ditemukan."));
  }

  private static WebApplicationException refusal(Response.Status status, String message) {
    return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("type", status.getReasonPhrase(), "message", message)).build());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private MonitoringQueries queries() {
    return MonitoringBeans.of(getProcessEngine(), MonitoringQueries.class);
  }

  private Callers callers() {
    return MonitoringBeans.of(getProcessEngine(), Callers.class);
  }
}
