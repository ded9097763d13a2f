package id.sinergi.escalation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Watches every waiting step of every deployed process without touching its BPMN: user tasks
 * get due dates and a ladder through task listeners, message catch events and receive tasks
 * through execution listeners. Built-in listeners still run when an operator skips custom ones.
 */
class EscalationParseListener extends AbstractBpmnParseListener {

  private final Set<String> excludedProcessKeys;
  private final TaskListener taskCreated;
  private final TaskListener taskEnded;
  private final ExecutionListener waitStarted;
  private final ExecutionListener waitEnded;

  EscalationParseListener(Set<String> excludedProcessKeys, TaskListener taskCreated,
      TaskListener taskEnded, ExecutionListener waitStarted, ExecutionListener waitEnded) {
    this.excludedProcessKeys = excludedProcessKeys;
    this.taskCreated = taskCreated;
    this.taskEnded = taskEnded;
    this.waitStarted = waitStarted;
    this.waitEnded = waitEnded;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (excluded(activity)) {
      return;
    }
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskCreated);
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, taskEnded);
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, taskEnded);
  }

  @Override
  public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    watchWait(activity);
  }

  @Override
  public void parseIntermediateMessageCatchEventDefinition(Element element, ActivityImpl activity) {
    // After an event-based gateway the event is entered only once it has happened: nothing waits.
    if (activity.getEventScope() == null || activity.getEventScope() == activity) {
      watchWait(activity);
    }
  }

  private void watchWait(ActivityImpl activity) {
    if (excluded(activity)) {
      return;
    }
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, waitStarted);
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, waitEnded);
  }

  private boolean excluded(ActivityImpl activity) {
    return excludedProcessKeys.contains(
        ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey());
  }
}
