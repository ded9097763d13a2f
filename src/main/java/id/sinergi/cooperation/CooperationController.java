package id.sinergi.cooperation;

import id.sinergi.cooperation.CooperationViews.Detail;
import id.sinergi.cooperation.CooperationViews.ProgressView;
import id.sinergi.cooperation.CooperationViews.Summary;
import id.sinergi.cooperation.CooperationViews.TimelineEntry;
import id.sinergi.kernel.caller.Callers;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API of the PIP–Pemda cooperations; the work itself happens in Tasklist. */
@RestController
@RequestMapping("/api/cooperations")
class CooperationController {

  private final CooperationQueries queries;
  private final Callers callers;

  CooperationController(CooperationQueries queries, Callers callers) {
    this.queries = queries;
    this.callers = callers;
  }

  @GetMapping
  List<Summary> list(@RequestParam(required = false) String pemda,
      @RequestParam(required = false) String status) {
    return queries.list(callers.current(), pemda, status);
  }

  @GetMapping("/{id}")
  Detail detail(@PathVariable long id) {
    return queries.detail(callers.current(), id);
  }

  @GetMapping("/{id}/timeline")
  List<TimelineEntry> timeline(@PathVariable long id) {
    return queries.timeline(callers.current(), id);
  }

  @GetMapping("/{id}/progress")
  ProgressView progress(@PathVariable long id) {
    return queries.progress(callers.current(), id);
  }
}
