package id.standarpelayanan.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the checker's findings on one corpus file under one profile with the assessor's
 * expectations beside it ({@code <name>.expected.json}).
 *
 * <p>A finding <em>matches</em> an entry when it has the entry's rule and its pointer is the
 * entry's or lies under it (the assessor names the place; a rule may point more precisely).
 * Findings under a {@code notJudged} pointer (what could not be retrieved from the source) are left
 * out. Then:
 *
 * <ul>
 *   <li>an {@code expected} entry with a rule id is a <em>true positive</em> when a finding matches
 *       it with the entry's severity for the profile, and a <em>false negative</em> otherwise (no
 *       finding, or one of another severity);
 *   <li>an {@code expected} entry with a proposed rule ({@code new:…}) or none ({@code null}, a
 *       plain sentence) is <em>wanted</em>: no rule exists to judge it;
 *   <li>every other finding at ERROR or WARNING is a <em>false positive</em> (marked when an entry
 *       of {@code notRaised} names it); INFO findings nobody expected are advice (coverage notes),
 *       not what an assessor raises, and are not counted.
 * </ul>
 */
final class CorpusComparison {

  /** The clock the corpus is judged at. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final StandardsJson JSON = StandardsJson.builder().build();

  /**
   * What the comparison of one file under one profile found.
   *
   * @param truePositives expected findings the checker raised
   * @param falseNegatives expected findings the checker did not raise, or raised at another
   *     severity
   * @param falsePositives findings nobody expected, with the {@code notRaised} ones marked
   * @param wanted expectations no rule can judge yet
   */
  record Outcome(
      List<String> truePositives,
      List<String> falseNegatives,
      List<String> falsePositives,
      List<String> wanted) {

    /** Whether the checker met the expectations. */
    boolean met() {
      return falseNegatives.isEmpty() && falsePositives.isEmpty();
    }

    /** A readable difference, one line each. */
    String difference() {
      StringBuilder text = new StringBuilder();
      falseNegatives.forEach(line -> text.append("\n  missing    ").append(line));
      falsePositives.forEach(line -> text.append("\n  unexpected ").append(line));
      return text.toString();
    }
  }

  private CorpusComparison() {}

  /**
   * Compares one file under one profile.
   *
   * @param folder the corpus folder
   * @param name the file's name, e.g. {@code pa-negara-pendaftaran-perkara.json}
   * @param profile the profile
   * @return what was found
   * @throws IOException if a file cannot be read
   */
  static Outcome compare(Path folder, String name, Profile profile) throws IOException {
    StandardsCatalog catalog = JSON.readCatalog(Files.readAllBytes(folder.resolve(name)));
    JsonNode expectations =
        MAPPER.readTree(folder.resolve(name.replace(".json", ".expected.json")).toFile());
    List<Finding> findings = new ArrayList<>();
    Checker checker =
        Checker.builder().profile(profile).locale(Locale.ENGLISH).clock(CLOCK).build();
    for (Finding finding : checker.check(catalog).findings()) {
      if (!judgedNowhere(expectations, finding.pointer())) {
        findings.add(finding);
      }
    }

    List<String> truePositives = new ArrayList<>();
    List<String> falseNegatives = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    List<Finding> explained = new ArrayList<>();
    for (JsonNode entry : expectations.path("expected")) {
      String rule = entry.path("rule").isTextual() ? entry.path("rule").asText() : null;
      String pointer = entry.path("pointer").asText();
      String line = (rule == null ? "(no rule)" : rule) + " at " + pointer;
      if (rule == null || rule.startsWith("new:")) {
        wanted.add(line + ": " + entry.path("reason").asText());
        continue;
      }
      Severity severity = Severity.valueOf(entry.path("severity").path(profile.name()).asText());
      List<Finding> matching = findings.stream().filter(f -> matches(f, rule, pointer)).toList();
      explained.addAll(matching);
      if (matching.stream().anyMatch(f -> f.severity() == severity)) {
        truePositives.add(line);
      } else if (matching.isEmpty()) {
        falseNegatives.add(line + " (" + severity + "): " + entry.path("reason").asText());
      } else {
        falseNegatives.add(line + " as " + severity + ", raised as " + matching.get(0).severity());
      }
    }

    List<String> falsePositives = new ArrayList<>();
    for (Finding finding : findings) {
      if (explained.contains(finding) || finding.severity() == Severity.INFO) {
        continue;
      }
      String marker = named(expectations.path("notRaised"), finding) ? " [notRaised]" : "";
      falsePositives.add(
          finding.ruleId()
              + " at "
              + finding.pointer()
              + " ("
              + finding.severity()
              + ")"
              + marker
              + ": "
              + finding.message());
    }
    return new Outcome(truePositives, falseNegatives, falsePositives, wanted);
  }

  private static boolean judgedNowhere(JsonNode expectations, String pointer) {
    for (JsonNode entry : expectations.path("notJudged")) {
      if (under(pointer, entry.path("pointer").asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean named(JsonNode entries, Finding finding) {
    for (JsonNode entry : entries) {
      if (matches(finding, entry.path("rule").asText(), entry.path("pointer").asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Finding finding, String rule, String pointer) {
    return finding.ruleId().equals(rule) && under(finding.pointer(), pointer);
  }

  private static boolean under(String pointer, String place) {
    return pointer.equals(place) || pointer.startsWith(place + "/");
  }
}
