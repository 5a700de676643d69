package id.standarpelayanan.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report as SARIF 2.1.0, so that CI servers show findings: one run, the profile's rules as the
 * driver's rules, one result per finding with the JSON Pointer as its logical location (and the
 * document as its artifact), and read errors as results with line and column. Not API.
 */
public final class SarifSink implements Sink {

  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  private final PrintWriter out;
  private final ObjectNode root = JsonSink.MAPPER.createObjectNode();
  private final ArrayNode rules;
  private final ArrayNode results;
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();

  /**
   * Creates the sink.
   *
   * @param out where the document goes
   * @param version the tool's version
   * @param profile the profile, whose rules are listed
   * @param language the language of the texts
   */
  public SarifSink(PrintWriter out, String version, Profile profile, Language language) {
    this.out = out;
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json").put("version", VERSION);
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver")
        .put("name", "sp")
        .put("version", version)
        .put("informationUri", "https://github.com/standar-pelayanan/standar-pelayanan");
    rules = driver.putArray("rules");
    for (Rule rule : profile.rules()) {
      addRule(rule.id(), rule.description(language.locale()), level(profile.severity(rule.id())));
    }
    run.put("language", language.name());
    results = run.putArray("results");
    run.putArray("invocations").addObject().put("executionSuccessful", true);
  }

  private int addRule(String id, String description, String level) {
    return ruleIndex.computeIfAbsent(id, key -> {
      ObjectNode rule = rules.addObject().put("id", key);
      rule.putObject("shortDescription").put("text", description);
      rule.putObject("defaultConfiguration").put("level", level);
      return ruleIndex.size();
    });
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  @Override
  public void accept(Outcome outcome) {
    if (outcome instanceof Outcome.Unreadable u) {
      String id = "sp.read." + u.code().toLowerCase(Locale.ROOT).replace('_', '-');
      ObjectNode result = result(id, addRule(id, u.code(), "error"), "error", u.message(), u.uri(), u.pointer());
      if (u.line() > 0) {
        ObjectNode region = ((ObjectNode) result.get("locations").get(0).get("physicalLocation")).putObject("region");
        region.put("startLine", u.line());
        if (u.column() > 0) {
          region.put("startColumn", u.column());
        }
      }
    } else if (outcome instanceof Outcome.Checked c) {
      for (Finding finding : c.report().findings()) {
        int index = addRule(finding.ruleId(), finding.ruleId(), level(finding.severity()));
        result(finding.ruleId(), index, level(finding.severity()), finding.message(), c.uri(), c.prefix() + finding.pointer());
      }
    }
  }

  private ObjectNode result(String ruleId, int index, String level, String message, String uri, String pointer) {
    ObjectNode result = results.addObject().put("ruleId", ruleId).put("ruleIndex", index).put("level", level);
    result.putObject("message").put("text", message);
    ObjectNode location = result.putArray("locations").addObject();
    location.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri);
    location.putArray("logicalLocations").addObject()
        .put("fullyQualifiedName", pointer.isEmpty() ? "/" : pointer)
        .put("kind", "member");
    return result;
  }

  @Override
  public void finish() {
    try {
      out.println(JsonSink.MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }
}
