package id.standarpelayanan.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.StandardReport;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The report as JSON, in the shape documented in {@code docs/cli.md}: tool, version, profile,
 * language, overall {@code passed}, and one entry per input (or record) with its counts, score,
 * statuses, standards and findings, or its read error. Not API.
 */
public final class JsonSink implements Sink {

  /** Shared: Jackson's mapper is thread-safe once configured. */
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintWriter out;
  private final ObjectNode root = MAPPER.createObjectNode();
  private final ArrayNode inputs;
  private boolean passed = true;

  /**
   * Creates the sink.
   *
   * @param out where the document goes
   * @param version the tool's version
   * @param profile the profile's name
   * @param language the language of the messages
   */
  public JsonSink(PrintWriter out, String version, String profile, Language language) {
    this.out = out;
    root.put("tool", "sp").put("version", version).put("profile", profile).put("language", language.name());
    root.put("passed", true);
    inputs = root.putArray("inputs");
  }

  @Override
  public void accept(Outcome outcome) {
    ObjectNode input = inputs.addObject().put("source", outcome.source());
    if (outcome instanceof Outcome.Unreadable u) {
      passed = false;
      input.put("passed", false);
      input.putObject("error")
          .put("code", u.code()).put("message", u.message())
          .put("line", u.line()).put("column", u.column()).put("pointer", u.pointer());
    } else if (outcome instanceof Outcome.Checked c) {
      report(input, c.prefix(), c.report());
    }
  }

  private void report(ObjectNode input, String prefix, Report report) {
    passed &= report.passed();
    input.put("pointer", prefix).put("passed", report.passed()).put("score", report.score());
    ObjectNode counts = input.putObject("counts");
    for (Severity severity : Severity.values()) {
      counts.put(severity.name(), report.count(severity));
    }
    enumMap(input.putObject("componentStatus"), report.componentStatus());
    enumMap(input.putObject("principleStatus"), report.principleStatus());
    ArrayNode standards = input.putArray("standards");
    for (StandardReport standard : report.standards()) {
      ObjectNode entry = standards.addObject().put("index", standard.index());
      standard.serviceId().ifPresent(id -> entry.put("serviceId", id));
      entry.put("pointer", prefix + standard.pointer()).put("score", standard.score()).put("passed", standard.passed());
    }
    ArrayNode findings = input.putArray("findings");
    for (Finding finding : report.findings()) {
      findings.add(finding(finding, prefix));
    }
  }

  /**
   * Writes one finding as a JSON object.
   *
   * @param finding the finding
   * @param prefix the pointer of the checked value within its document
   * @return the object
   */
  static ObjectNode finding(Finding finding, String prefix) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("ruleId", finding.ruleId())
        .put("severity", finding.severity().name())
        .put("source", finding.source().name())
        .put("pointer", prefix + finding.pointer());
    finding.principle().ifPresent(p -> node.put("principle", p.name()));
    finding.component().ifPresent(c -> node.put("component", c.name()));
    node.put("message", finding.message());
    ArrayNode arguments = node.putArray("arguments");
    finding.arguments().forEach(argument -> arguments.add(argument(argument)));
    return node;
  }

  private static JsonNode argument(Object argument) {
    if (argument instanceof Number || argument instanceof Boolean) {
      return MAPPER.valueToTree(argument);
    }
    if (argument instanceof TimeSpan span) {
      return MAPPER.createObjectNode().put("amount", span.getAmount()).put("unit", span.getUnit().name());
    }
    if (argument instanceof Iterable<?> values) {
      ArrayNode array = MAPPER.createArrayNode();
      values.forEach(v -> array.add(argument(v)));
      return array;
    }
    return MAPPER.getNodeFactory().textNode(String.valueOf(argument));
  }

  private static void enumMap(ObjectNode node, Map<? extends Enum<?>, ? extends Enum<?>> map) {
    map.forEach((key, value) -> node.put(key.name(), value.name()));
  }

  @Override
  public void finish() {
    root.put("passed", passed);
    try {
      out.println(MAPPER.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }
}
