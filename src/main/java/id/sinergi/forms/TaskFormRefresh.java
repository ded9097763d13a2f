package id.sinergi.forms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When Tasklist opens a task's form (it reads {@code GET …/task/{id}/form-variables}, through
 * the webapp's or the public engine REST API), the form's handler may compute its data again
 * first ({@code FormHandler.prefillsOnOpen}), so a status such as "2 dari 3 OPD sudah menjawab"
 * is the current one, not the one of the moment the task was created. Only server data is
 * written (onto the task, as at creation); the engine then answers with the caller's own
 * authorization, so nothing becomes visible that was not.
 */
@Component
public class TaskFormRefresh extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFormRefresh.class);
  private static final Pattern FORM_VARIABLES =
      Pattern.compile(".*/task/([0-9A-Za-z_.:-]{1,64})/form-variables$");

  private final ObjectProvider<ProcessEngine> engine;
  private final ObjectProvider<FormLayer> layer;

  public TaskFormRefresh(ObjectProvider<ProcessEngine> engine, ObjectProvider<FormLayer> layer) {
    this.engine = engine;
    this.layer = layer;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !FORM_VARIABLES.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Matcher matcher = FORM_VARIABLES.matcher(request.getRequestURI());
    if (matcher.matches()) {
      refresh(matcher.group(1));
    }
    chain.doFilter(request, response);
  }

  /** Prefills the open task's form again if its handler asks for it; nothing if it is gone. */
  public void refresh(String taskId) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getObject()
        .getProcessEngineConfiguration();
    try {
      configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null) {
          task.initializeFormKey();
          var form = task.getCamundaFormRef();
          layer.getObject().taskOpened(task, form == null ? null : form.getKey());
        }
        return null;
      });
    } catch (RuntimeException failed) {
      // The form still opens with the values of its creation; the reason is in the log.
      LOG.warn("Could not refresh the form data of task {}: {}", taskId, failed.toString());
    }
  }
}
