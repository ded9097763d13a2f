package id.sinergi.kernel.access;

import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The field keys a task's form lets a user submit. Implemented by the form layer, which knows
 * the deployed forms; the {@link EngineGuard} accepts nothing else on completion.
 */
public interface SubmittableFields {

  /** The keys of the task's form; empty for a task without a (deployed) form. */
  Set<String> of(TaskEntity task);
}
