package id.sinergi.forms;

import id.sinergi.document.DocumentKinds;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches the {@link FormLayer} to every user task and start event at deployment, so it
 * applies to every process, including ones an administrator adds in Modeler.
 */
@Component
public class FormLayerPlugin extends AbstractProcessEnginePlugin {

  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

  private final ObjectProvider<FormLayer> layer;

  public FormLayerPlugin(ObjectProvider<FormLayer> layer) {
    // Resolved on first use: the layer's collaborators need the engine this plugin configures.
    this.layer = layer;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new ParseListener());
  }

  private final class ParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(CAMUNDA, "formRef");
      List<String> documents = DocumentKinds.parse(property(element, DocumentKinds.PROPERTY));
      var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      TaskListener created = task -> layer.getObject().taskCreated(task, formId);
      TaskListener completing = task -> layer.getObject().taskCompleting(task, formId, documents);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completing);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(CAMUNDA, "formRef");
      if (formId != null && scope.getProcessDefinition() == scope) {
        ExecutionListener starting = execution -> layer.getObject().processStarting(execution, formId);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, starting);
      }
    }

    private String property(Element element, String name) {
      Element extensions = element.element("extensionElements");
      Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
      if (properties == null) {
        return null;
      }
      for (Element property : properties.elementsNS(CAMUNDA, "property")) {
        if (name.equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
      return null;
    }
  }
}
