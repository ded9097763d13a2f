package id.sinergi.kernel.cases;

import id.sinergi.kernel.caller.Callers;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A Pemda may have its own version of a process (a variant, deployed with the Pemda's code as
 * tenant id: "a shorter cooperation for a Pemda that already cooperates with PIP"). Whichever
 * version a start names — by key from REST, the shared one picked in Tasklist — a new case of
 * that Pemda runs on its variant, every other Pemda's on the shared model. The case's Pemda is
 * decided by the process's {@link CasePolicy}, as at every start.
 */
class PemdaVariants extends CommandInterceptor {

  private final ObjectProvider<Cases> cases;
  private final ObjectProvider<Callers> callers;

  PemdaVariants(ObjectProvider<Cases> cases, ObjectProvider<Callers> callers) {
    this.cases = cases;
    this.callers = callers;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof StartProcessInstanceCmd start) {
      route(field(start, StartProcessInstanceCmd.class, "instantiationBuilder"));
    } else if (command instanceof SubmitStartFormCmd form) {
      String definitionId = field(form, SubmitStartFormCmd.class, "processDefinitionId");
      Map<String, Object> values = field(form, SubmitStartFormCmd.class, "variables");
      variantFor(definitionById(definitionId), values).ifPresent(variant ->
          set(form, SubmitStartFormCmd.class, "processDefinitionId", variant.getId()));
    }
    return next.execute(command);
  }

  private void route(ProcessInstantiationBuilderImpl builder) {
    if (builder.isProcessDefinitionTenantIdSet()) {
      return; // the caller chose the version explicitly
    }
    if (builder.getProcessDefinitionId() != null) {
      variantFor(definitionById(builder.getProcessDefinitionId()), builder.getVariables())
          .ifPresent(variant -> set(builder, ProcessInstantiationBuilderImpl.class,
              "processDefinitionId", variant.getId()));
      return;
    }
    String key = builder.getProcessDefinitionKey();
    List<ProcessDefinitionEntity> latest = Context.getCommandContext()
        .getProcessDefinitionManager().findLatestProcessDefinitionsByKey(key);
    if (latest.size() < 2 && latest.stream().allMatch(d -> d.getTenantId() == null)) {
      return; // no variant: Camunda resolves the key as usual
    }
    String pemda = pemdaOf(key, builder.getVariables());
    boolean variant = pemda != null && latest.stream().anyMatch(d -> pemda.equals(d.getTenantId()));
    if (variant) {
      builder.processDefinitionTenantId(pemda);
    } else {
      builder.processDefinitionWithoutTenantId();
    }
  }

  private Optional<ProcessDefinitionEntity> variantFor(ProcessDefinitionEntity shared,
      Map<String, Object> values) {
    if (shared == null || shared.getTenantId() != null) {
      return Optional.empty();
    }
    CommandContext context = Context.getCommandContext();
    boolean anyVariant = context.getProcessDefinitionManager()
        .findLatestProcessDefinitionsByKey(shared.getKey()).stream()
        .anyMatch(d -> d.getTenantId() != null);
    if (!anyVariant) {
      return Optional.empty();
    }
    String pemda = pemdaOf(shared.getKey(), values);
    return pemda == null ? Optional.empty() : Optional.ofNullable(context
        .getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(
            shared.getKey(), pemda));
  }

  private String pemdaOf(String processKey, Map<String, Object> values) {
    return cases.getObject().decide(processKey, callers.getObject().currentOrSystem(),
        values == null ? Map.of() : values, null).pemdaCode();
  }

  private static ProcessDefinitionEntity definitionById(String id) {
    return id == null ? null : Context.getCommandContext().getProcessEngineConfiguration()
        .getDeploymentCache().findDeployedProcessDefinitionById(id);
  }

  @SuppressWarnings("unchecked")
  private static <V> V field(Object target, Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (V) field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + type.getSimpleName()
          + ": check PemdaVariants against this Camunda version", e);
    }
  }

  private static void set(Object target, Class<?> type, String name, Object value) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set " + name + " of " + type.getSimpleName(), e);
    }
  }
}
