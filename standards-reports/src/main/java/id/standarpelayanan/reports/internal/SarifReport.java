package id.standarpelayanan.reports.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import id.standarpelayanan.io.SourcePosition;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report as SARIF 2.1.0, so that CI servers show findings: one run, one result per finding with
 * the JSON Pointer as its logical location (and the document as its artifact), read errors as
 * results with line and column, and the profile's rules as the driver's rules. Streamed: each
 * result is written as its outcome arrives and nothing of it is kept; the run's {@code results}
 * therefore come before its {@code tool}, whose rules (the profile's, then any other that reported,
 * in order of first use, so that every {@code ruleIndex} is known when its result is written) are
 * written at the end.
 */
final class SarifReport extends ReportBase {

  /** Where each rule is described, one anchor per rule id. */
  static final String RULES_PAGE =
      "https://github.com/standar-pelayanan/standar-pelayanan/blob/main/docs/rules.md";

  /** The SARIF version written. */
  static final String VERSION = "2.1.0";

  private final Writer out;
  private final JsonGenerator json;
  private final String toolName;
  private final String version;
  private final List<RuleEntry> rules = new ArrayList<>();
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private boolean successful = true;

  /** Creates the writer and writes the report's head. */
  SarifReport(Writer out, ReportSettings settings) {
    Profile profile = settings.profile();
    Locale locale = Languages.supported(settings.locale());
    this.out = out;
    this.toolName = settings.toolName();
    this.version = settings.toolVersion();
    this.json = JsonOutput.open(out);
    for (Rule rule : profile.rules()) {
      String description = rule.description(locale);
      Set<Principle> principles = new TreeSet<>();
      rule.components().forEach(c -> Principle.covering(c).ifPresent(principles::add));
      String article = rule.article();
      String full = article.isEmpty() ? description : description + " (" + article + ")";
      addRule(
          new RuleEntry(
              rule.id(),
              description,
              full,
              level(profile.severity(rule.id())),
              Optional.of(RULES_PAGE + "#" + rule.id().replace(".", "")),
              rule.components().stream().map(Component::number).sorted().toList(),
              principles.stream().map(Principle::number).toList(),
              article));
    }
    JsonOutput.write(
        () -> {
          json.writeStartObject();
          json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
          json.writeStringField("version", VERSION);
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          json.writeStringField("language", Texts.tag(locale));
          json.writeArrayFieldStart("results");
        });
  }

  private int addRule(String id, String description, String level) {
    return addRule(
        new RuleEntry(
            id, description, description, level, Optional.empty(), List.of(), List.of(), ""));
  }

  private int addRule(RuleEntry rule) {
    return ruleIndex.computeIfAbsent(
        rule.id(),
        key -> {
          rules.add(rule);
          return rules.size() - 1;
        });
  }

  /** What the run's driver says of one rule. */
  private record RuleEntry(
      String id,
      String shortText,
      String fullText,
      String level,
      Optional<String> helpUri,
      List<Integer> components,
      List<Integer> principles,
      String article) {}

  /**
   * A finding's identity across runs, for code-scanning services that tell new results from old
   * ones: its rule, document and place, hashed; the message (which may quote changing text) and the
   * line (which moves with edits above it) are left out.
   */
  static String fingerprint(String ruleId, String uri, String pointer) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          digest.digest(
              (ruleId + '\u0000' + uri + '\u0000' + pointer).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  @Override
  void write(Outcome outcome) {
    JsonOutput.write(
        () -> {
          if (outcome instanceof Outcome.Unreadable u) {
            String id = "sp.read." + u.code().toLowerCase(Locale.ROOT).replace('_', '-');
            result(
                id,
                addRule(id, u.code(), "error"),
                "error",
                u.message(),
                u.uri(),
                u.pointer(),
                u.line(),
                u.column());
          } else if (outcome instanceof Outcome.Failed f) {
            successful = false;
            result(
                "sp.internal",
                addRule("sp.internal", "INTERNAL", "error"),
                "error",
                f.failure(),
                f.uri(),
                "",
                0,
                0);
          } else if (outcome instanceof Outcome.Checked c) {
            for (Finding finding : c.report().findings()) {
              int index = addRule(finding.ruleId(), finding.ruleId(), level(finding.severity()));
              Optional<SourcePosition> position = c.position(finding);
              result(
                  finding.ruleId(),
                  index,
                  level(finding.severity()),
                  finding.message(),
                  c.uri(),
                  c.prefix().append(finding.path()).toString(),
                  position.map(SourcePosition::line).orElse(0),
                  position.map(SourcePosition::column).orElse(0));
            }
          }
          json.flush();
        });
  }

  private void result(
      String ruleId,
      int index,
      String level,
      String message,
      String uri,
      String pointer,
      int line,
      int column)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", ruleId);
    json.writeNumberField("ruleIndex", index);
    json.writeStringField("level", level);
    json.writeObjectFieldStart("message");
    json.writeStringField("text", Printable.of(message, JsonReport.MESSAGE_LENGTH));
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri);
    json.writeEndObject();
    if (line > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", line);
      if (column > 0) {
        json.writeNumberField("startColumn", column);
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("fullyQualifiedName", pointer.isEmpty() ? "/" : pointer);
    json.writeStringField("kind", "member");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("ruleAndPlace/v1", fingerprint(ruleId, uri, pointer));
    json.writeEndObject();
    json.writeEndObject();
  }

  @Override
  void end() {
    JsonOutput.write(
        () -> {
          json.writeEndArray();
          json.writeObjectFieldStart("tool");
          json.writeObjectFieldStart("driver");
          json.writeStringField("name", toolName);
          json.writeStringField("version", version);
          json.writeStringField(
              "informationUri", "https://github.com/standar-pelayanan/standar-pelayanan");
          json.writeArrayFieldStart("rules");
          for (RuleEntry rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.shortText());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", rule.fullText());
            json.writeEndObject();
            if (rule.helpUri().isPresent()) {
              json.writeStringField("helpUri", rule.helpUri().get());
              json.writeObjectFieldStart("help");
              json.writeStringField("text", rule.fullText() + " " + rule.helpUri().get());
              json.writeStringField(
                  "markdown", rule.fullText() + " [docs/rules.md](" + rule.helpUri().get() + ")");
              json.writeEndObject();
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", rule.level());
            json.writeEndObject();
            if (!rule.components().isEmpty() || !rule.article().isEmpty()) {
              json.writeObjectFieldStart("properties");
              json.writeArrayFieldStart("components");
              for (int number : rule.components()) {
                json.writeNumber(number);
              }
              json.writeEndArray();
              json.writeArrayFieldStart("principles");
              for (int number : rule.principles()) {
                json.writeNumber(number);
              }
              json.writeEndArray();
              if (!rule.article().isEmpty()) {
                json.writeStringField("article", rule.article());
              }
              json.writeEndObject();
            }
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndObject();
          json.writeArrayFieldStart("invocations");
          json.writeStartObject();
          json.writeBooleanField("executionSuccessful", successful);
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
          json.flush();
          out.write(System.lineSeparator());
          out.flush();
        });
  }
}
