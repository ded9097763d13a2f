package id.sinergi.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * After the whole suite (Maven phase {@code verify}): adds up the per-class coverage reports of
 * both test JVMs, prints for every BPMN in {@code processes/} its coverage and the flow nodes and
 * sequence flows no test walked, writes the combined report to
 * {@code target/process-test-coverage/all/} (report.html, report.json, summary.txt), and fails
 * the build when a model's coverage is below the minimum in the README's "Process test coverage"
 * table (a model without a row fails too).
 *
 * <p>Elements are counted as the library counts them: the executable flow nodes of the process
 * (those in sub-processes included) and the sequence flows leaving them.
 */
public final class ProcessCoverageCheck {

  /** "| `processes/pip-pemda-cooperation.bpmn` | 85.0 % | ..." in the README. */
  private static final Pattern MINIMUM = Pattern.compile(
      "^\\|\\s*`processes/([^`]+\\.bpmn)`\\s*\\|\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%");

  private ProcessCoverageCheck() {}

  /** Arguments: project directory; "partial" when only some tests ran (then only report). */
  public static void main(String[] args) throws IOException {
    Path project = Path.of(args.length > 0 ? args[0] : ".");
    boolean partial = args.length > 1 && args[1] != null && !args[1].isBlank()
        && !args[1].startsWith("${");
    Path reports = project.resolve("target/process-test-coverage");
    List<String> failures = check(project, reports, partial);
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Process test coverage below the README's minimum:\n  "
          + String.join("\n  ", failures));
    }
  }

  static List<String> check(Path project, Path reports, boolean partial) throws IOException {
    CoverageStateResult combined = combined(reports);
    Map<String, Double> minimums = minimums(project.resolve("README.md"));
    StringBuilder summary = new StringBuilder(
        "Process test coverage (flow nodes and sequence flows walked by the tests)\n\n");
    List<String> failures = new ArrayList<>();
    List<Path> models;
    try (Stream<Path> files = Files.list(project.resolve("processes"))) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          continue;
        }
        Map<String, String> elements = elements(model, process.getId());
        Set<String> walked = new HashSet<>();
        for (Event event : combined == null ? List.<Event>of()
            : combined.getEvents(process.getId())) {
          walked.add(event.getDefinitionKey());
        }
        walked.retainAll(elements.keySet());
        double percent = elements.isEmpty() ? 100.0 : 100.0 * walked.size() / elements.size();
        String name = file.getFileName().toString();
        summary.append(String.format(Locale.ROOT, "%-36s %6.1f %%  (%d of %d)%n", name,
            percent, walked.size(), elements.size()));
        elements.forEach((id, label) -> {
          if (!walked.contains(id)) {
            summary.append("    not walked: ").append(id).append(label).append('\n');
          }
        });
        Double minimum = minimums.get(name);
        if (minimum == null) {
          failures.add(name + ": no minimum stated in README.md (measured "
              + String.format(Locale.ROOT, "%.1f", percent) + " %)");
        } else if (percent + 1e-9 < minimum) {
          failures.add(String.format(Locale.ROOT, "%s: %.1f %% < %.1f %%", name, percent,
              minimum));
        }
      }
    }
    Path all = reports.resolve("all");
    Files.createDirectories(all);
    Files.writeString(all.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    if (combined != null) {
      String json = CoverageStateJsonExporter.createCoverageStateResult(combined.getSuites(),
          combined.getModels());
      CoverageReportUtil.writeReport(json, false, all.toFile(), "report.json", r -> r);
      CoverageReportUtil.writeReport(json, true, all.toFile(), "report.html",
          CoverageReportUtil::generateHtml);
    }
    System.out.println(summary);
    System.out.println("Combined report: " + all.resolve("report.html"));
    if (partial) {
      System.out.println("Only some tests ran: coverage not held to the README's minimums.");
      return List.of();
    }
    return failures;
  }

  private static CoverageStateResult combined(Path reports) throws IOException {
    if (!Files.isDirectory(reports)) {
      return null;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(reports)) {
      files = walk.filter(f -> f.getFileName().toString().equals("report.json"))
          .filter(f -> !f.getParent().getFileName().toString().equals("all")).sorted().toList();
    }
    String json = null;
    for (Path file : files) {
      String next = Files.readString(file, StandardCharsets.UTF_8);
      json = json == null ? next : CoverageStateJsonExporter.combineCoverageStateResults(json,
          next);
    }
    return json == null ? null : CoverageStateJsonExporter.readCoverageStateResult(json);
  }

  /** Executable flow nodes of the process and the sequence flows leaving them, id to " (name)". */
  static Map<String, String> elements(BpmnModelInstance model, String processId) {
    Set<FlowNode> nodes = new LinkedHashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (inProcess(node, processId)) {
        nodes.add(node);
      }
    }
    Map<String, String> elements = new TreeMap<>();
    for (FlowNode node : nodes) {
      elements.put(node.getId(), label(node));
    }
    Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
    for (SequenceFlow flow : flows) {
      if (nodes.contains(flow.getSource())) {
        elements.put(flow.getId(), " (flow " + flow.getSource().getId() + " -> "
            + flow.getTarget().getId() + ")");
      }
    }
    return new LinkedHashMap<>(elements);
  }

  private static boolean inProcess(ModelElementInstance element, String processId) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return process.getId().equals(processId);
      }
    }
    return false;
  }

  private static String label(FlowElement element) {
    return element.getName() == null ? "" : " (" + element.getName().replaceAll("\\s+", " ")
        + ")";
  }

  static Map<String, Double> minimums(Path readme) throws IOException {
    Map<String, Double> minimums = new LinkedHashMap<>();
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      Matcher row = MINIMUM.matcher(line.trim());
      if (row.find()) {
        minimums.put(row.group(1), Double.parseDouble(row.group(2)));
      }
    }
    return minimums;
  }
}
