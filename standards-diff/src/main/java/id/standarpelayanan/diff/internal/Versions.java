package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.diff.Change;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Two versions' canonical JSON trees and the changes between them, behind {@code Comparison}: the
 * public API shows no Jackson type.
 */
public final class Versions {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String subject;
  private final JsonNode oldTree;
  private final JsonNode newTree;
  private final List<Change> changes;

  private Versions(String subject, JsonNode oldTree, JsonNode newTree, List<Change> changes) {
    this.subject = subject;
    this.oldTree = oldTree;
    this.newTree = newTree;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two catalogues' canonical JSON.
   *
   * @param engine the engine
   * @param oldJson the old catalogue, as {@code StandardsJson} writes it
   * @param newJson the new one
   * @return the versions and their changes
   */
  public static Versions catalogs(Engine engine, String oldJson, String newJson) {
    JsonNode a = tree(oldJson);
    JsonNode b = tree(newJson);
    return new Versions("CATALOG", a, b, engine.catalogs(a, b));
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
    return new Versions("STANDARD", a, b, engine.standards(a, b));
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
   * Returns the JSON Patch from the old tree to the new.
   *
   * @return the patch, as JSON text
   */
  public String patch() {
    return JsonPatch.between(oldTree, newTree).toString();
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

  private static JsonNode tree(String canonical) {
    try {
      return MAPPER.readTree(canonical);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("the codec wrote JSON it cannot read", impossible);
    }
  }
}
