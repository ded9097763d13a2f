package id.sinergi.incubation;

import id.sinergi.kernel.engine.SystemEngineCalls;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Chooses the track and modules that fit a participant (DMN incubation-training-fit) and keeps
 * the rationale so the trainer sees why.
 */
@Service
public class TrainingFit {

  private final DecisionService decisions;
  private final SystemEngineCalls system;

  public TrainingFit(DecisionService decisions, SystemEngineCalls system) {
    this.decisions = decisions;
    this.system = system;
  }

  public record Fit(String track, String modules, Candidate.DinasKind dinasKind,
      String rationale) {}

  public Fit evaluate(Candidate candidate) {
    DmnDecisionRuleResult result = system.<DmnDecisionRuleResult>call(() -> decisions
        .evaluateDecisionTableByKey(IncubationVariables.TRAINING_FIT_DECISION)
        .variables(Map.of("sector", candidate.getSector().name(),
            "scale", candidate.getScale().name(), "need", candidate.getNeed().name()))
        .evaluate().getSingleResult());
    if (result == null) {
      throw new IllegalStateException("DMN " + IncubationVariables.TRAINING_FIT_DECISION
          + " has no rule for candidate " + candidate.getId());
    }
    return new Fit(result.getEntry("track"), result.getEntry("modules"),
        Candidate.DinasKind.valueOf(result.<String>getEntry("dinasKind")),
        result.getEntry("rationale"));
  }

  /** Saves the fit on the candidate (idempotent: evaluating again gives the same fit). */
  public Fit apply(Candidate candidate) {
    Fit fit = evaluate(candidate);
    candidate.fit(fit.track(), fit.modules(), fit.rationale(), fit.dinasKind());
    return fit;
  }
}
