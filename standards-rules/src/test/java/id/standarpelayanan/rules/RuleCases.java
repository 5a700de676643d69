package id.standarpelayanan.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.io.StandardsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cases of each rule, kept as data in {@code cases/<rule id>.json} beside this class's package,
 * as PMD keeps its rules' tests: per rule, cases that make it fire (with the pointer it reports)
 * and near misses that keep it quiet, each a JSON Patch (RFC 6902: {@code add}, {@code replace},
 * {@code remove}) applied to the complete Kanwil Kemenag Aceh fixture, in the wording of a real
 * published standard where one shows the case ({@code source} names the corpus file). {@code
 * docs/rules.md} shows each rule's first firing case as its example.
 */
final class RuleCases {

  /**
   * One case.
   *
   * @param ruleId the rule
   * @param says what the case is, in a sentence
   * @param source the corpus file whose wording it uses, or empty
   * @param catalogue whether the patch applies to the fixture catalogue rather than its standard
   * @param fires the pointer the rule reports, or empty for a case that keeps it quiet
   * @param patch the JSON Patch
   * @param previous for an update rule, the JSON Patch that makes the previous version from the
   *     same fixture; the case's document is then checked as an update of it
   */
  record Case(
      String ruleId,
      String says,
      Optional<String> source,
      boolean catalogue,
      Optional<String> fires,
      JsonNode patch,
      Optional<JsonNode> previous) {
    @Override
    public String toString() {
      return ruleId + (fires.isPresent() ? " fires: " : " quiet: ") + says;
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final String FOLDER = "cases";

  private RuleCases() {}

  /**
   * Returns every case, by rule file and then in file order.
   *
   * @return the cases
   */
  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (Path file : files()) {
      JsonNode document = read(file);
      String ruleId = document.path("rule").asText();
      if (!file.getFileName().toString().equals(ruleId + ".json")) {
        throw new IllegalStateException(file + " holds the cases of " + ruleId);
      }
      for (JsonNode entry : document.path("cases")) {
        Optional<String> fires =
            entry.hasNonNull("fires") ? Optional.of(entry.get("fires").asText()) : Optional.empty();
        cases.add(
            new Case(
                ruleId,
                entry.path("says").asText(),
                Optional.ofNullable(entry.get("source")).map(JsonNode::asText),
                entry.path("target").asText("standard").equals("catalogue"),
                fires,
                entry.path("patch"),
                Optional.ofNullable(entry.get("previous"))));
      }
    }
    return cases;
  }

  /**
   * Returns the cases of one rule.
   *
   * @param ruleId the rule
   * @return its cases, in file order
   */
  static List<Case> of(String ruleId) {
    return all().stream().filter(c -> c.ruleId().equals(ruleId)).toList();
  }

  /**
   * Returns the document a case makes: the fixture standard or catalogue, as JSON, with the patch
   * applied.
   *
   * @param c the case
   * @return the patched document
   */
  static JsonNode document(Case c) {
    return patched(c, c.patch());
  }

  /**
   * Returns the previous version an update rule's case compares with: the fixture with the case's
   * {@code previous} patch applied.
   *
   * @param c the case
   * @return the previous document, empty for a case of a rule on one version
   */
  static Optional<JsonNode> previousDocument(Case c) {
    return c.previous().map(patch -> patched(c, patch));
  }

  private static JsonNode patched(Case c, JsonNode patch) {
    JsonNode base =
        MAPPER.valueToTree(
            parse(
                c.catalogue()
                    ? JSON.writeToString(Fixtures.catalog())
                    : JSON.writeToString(Fixtures.standard())));
    for (JsonNode operation : patch) {
      base = apply(base, operation);
    }
    return base;
  }

  /**
   * Returns what a case's patch puts into the document: for each operation that adds or replaces,
   * its path and value; for each removal, its path and {@code null}.
   *
   * @param c the case
   * @return the fragments, in patch order
   */
  static List<Map.Entry<String, JsonNode>> fragments(Case c) {
    return fragments(c.patch());
  }

  /**
   * Returns what a JSON Patch puts into the document (see {@link #fragments(Case)}).
   *
   * @param patch the patch
   * @return the fragments, in patch order
   */
  static List<Map.Entry<String, JsonNode>> fragments(JsonNode patch) {
    List<Map.Entry<String, JsonNode>> fragments = new ArrayList<>();
    for (JsonNode operation : patch) {
      fragments.add(
          Map.entry(
              operation.path("path").asText(),
              operation.path("op").asText().equals("remove")
                  ? MAPPER.nullNode()
                  : operation.path("value")));
    }
    return fragments;
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies one RFC 6902 operation ({@code add}, {@code replace} or {@code remove}). */
  private static JsonNode apply(JsonNode document, JsonNode operation) {
    String op = operation.path("op").asText();
    JsonPointer path = JsonPointer.compile(operation.path("path").asText());
    JsonNode parent = document.at(path.head());
    String last = path.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      if (!op.equals("add") && !object.has(last)) {
        throw new IllegalArgumentException("nothing to " + op + " at " + path + ": " + operation);
      }
      switch (op) {
        case "add", "replace" -> object.set(last, operation.get("value"));
        case "remove" -> object.remove(last);
        default -> throw new IllegalArgumentException("unsupported operation " + operation);
      }
    } else if (parent instanceof ArrayNode array) {
      int index = last.equals("-") ? array.size() : Integer.parseInt(last);
      if (index > array.size() || (!op.equals("add") && index >= array.size())) {
        throw new IllegalArgumentException(
            "no element to " + op + " at " + path + ": " + operation);
      }
      switch (op) {
        case "add" -> array.insert(index, operation.get("value"));
        case "replace" -> array.set(index, operation.get("value"));
        case "remove" -> array.remove(index);
        default -> throw new IllegalArgumentException("unsupported operation " + operation);
      }
    } else {
      throw new IllegalArgumentException(
          "no object or array at the parent of " + path + ": " + operation);
    }
    return document;
  }

  private static List<Path> files() {
    try {
      Path folder =
          Path.of(Objects.requireNonNull(RuleCases.class.getResource(FOLDER), FOLDER).toURI());
      try (Stream<Path> paths = Files.list(folder)) {
        return paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
