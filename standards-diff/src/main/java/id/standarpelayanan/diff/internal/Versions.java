package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.diff.Change;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Two versions and the changes between them, behind {@code Comparison}: the public API shows no
 * Jackson type. A catalogue's standards are written and compared one pair at a time, so comparing
 * two large catalogues holds no whole tree; the JSON Patch, which follows the whole documents,
 * makes their trees when it is asked for.
 */
public final class Versions {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String subject;
  private final JsonNode oldTree;
  private final JsonNode newTree;
  private final List<Change> changes;
  private final Supplier<String> patch;

  private Versions(
      String subject,
      JsonNode oldTree,
      JsonNode newTree,
      List<Change> changes,
      Supplier<String> patch) {
    this.subject = subject;
    this.oldTree = oldTree;
    this.newTree = newTree;
    this.changes = List.copyOf(changes);
    this.patch = patch;
  }

  /**
   * Compares two catalogues.
   *
   * @param engine the engine
   * @param json the codec whose canonical JSON the changes point into
   * @param a the old catalogue
   * @param b the new one
   * @return the versions and their changes
   */
  public static Versions catalogs(
      Engine engine, StandardsJson json, StandardsCatalog a, StandardsCatalog b) {
    JsonNode headA = tree(json.writeToString(ImmutableStandardsCatalog.copyOf(a).withStandards()));
    JsonNode headB = tree(json.writeToString(ImmutableStandardsCatalog.copyOf(b).withStandards()));
    List<Change> changes =
        engine.catalogs(
            headA, headB, standards(json, a.getStandards()), standards(json, b.getStandards()));
    return new Versions(
        "CATALOG",
        headA,
        headB,
        changes,
        () ->
            JsonPatch.between(tree(json.writeToString(a)), tree(json.writeToString(b))).toString());
  }

  private static Items standards(StandardsJson json, List<ServiceStandard> standards) {
    return new Items() {
      @Override
      public int size() {
        return standards.size();
      }

      @Override
      public JsonNode get(int index) {
        // Written alone, a standard carries the root's schemaVersion; in a catalogue it does not.
        ObjectNode tree = (ObjectNode) tree(json.writeToString(standards.get(index)));
        tree.remove("schemaVersion");
        return tree;
      }

      @Override
      public String id(int index) {
        return standards.get(index).getId().map(id -> "id:" + id).orElse("");
      }

      @Override
      public String label(int index) {
        ServiceStandard standard = standards.get(index);
        return standard.getId().or(standard::getName).orElse("");
      }
    };
  }

  /**
   * Compares two standards' canonical JSON.
   *
   * @param engine the engine
   * @param oldJson the old standard, as {@code StandardsJson} writes it
   * @param newJson the new one
   * @return the versions and their changes
   */
  public static Versions standards(Engine engine, String oldJson, String newJson) {
    JsonNode a = tree(oldJson);
    JsonNode b = tree(newJson);
    return new Versions(
        "STANDARD", a, b, engine.standards(a, b), () -> JsonPatch.between(a, b).toString());
  }

  /**
   * Returns the changes.
   *
   * @return the changes, in document order
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Returns the JSON Patch from the old canonical JSON to the new.
   *
   * @return the patch, as JSON text
   */
  public String patch() {
    return patch.get();
  }

  /**
   * Writes the text change log.
   *
   * @param locale the language
   * @param out where to
   * @throws IOException if writing fails
   */
  public void text(Locale locale, Writer out) throws IOException {
    ChangeLogs.text(subject, changes, oldTree, newTree, locale, out);
  }

  /**
   * Writes the JSON change log.
   *
   * @param locale the language
   * @param out where to
   * @throws IOException if writing fails
   */
  public void json(Locale locale, Writer out) throws IOException {
    ChangeLogs.json(subject, changes, oldTree, newTree, locale, out);
  }

  /**
   * Describes the old version or the new one as the change log heads it.
   *
   * @param old the old version, or the new
   * @param locale the language
   * @return the description, not escaped
   */
  public String heading(boolean old, Locale locale) {
    return ChangeLogs.heading(old ? oldTree : newTree, Texts.of(locale));
  }

  /**
   * Returns the summary line of the change log.
   *
   * @param locale the language
   * @return the line
   */
  public String summary(Locale locale) {
    return ChangeLogs.summary(changes, Texts.of(locale));
  }

  /**
   * Returns the text of a field of the new version, or the old one's when the new has none.
   *
   * @param path the field's path in the canonical JSON, for example {@code /provider/name}
   * @return the text, when either version states it
   */
  public Optional<String> field(String path) {
    for (JsonNode tree : List.of(newTree, oldTree)) {
      JsonNode value = tree.at(path);
      if (value.isTextual()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }

  private static JsonNode tree(String canonical) {
    try {
      return MAPPER.readTree(canonical);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("the codec wrote JSON it cannot read", impossible);
    }
  }
}
