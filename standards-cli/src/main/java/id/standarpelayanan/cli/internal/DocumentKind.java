package id.standarpelayanan.cli.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a document holds, told from its first bytes (its content, not its file name): JSON or XML,
 * a catalogue or a single standard, or many standards (a JSON array or newline-delimited JSON).
 * Not API.
 */
public enum DocumentKind {
  /** A JSON catalogue. */
  JSON_CATALOG,
  /** A JSON document of one standard. */
  JSON_STANDARD,
  /** A JSON array of standards. */
  JSON_ARRAY,
  /** Newline-delimited JSON, one standard per line. */
  NDJSON,
  /** An XML catalogue. */
  XML_CATALOG,
  /** An XML document of one standard. */
  XML_STANDARD;

  /**
   * Tells the kind from the head of a document.
   *
   * @param head the first bytes (up to a few tens of kilobytes)
   * @param length how many of them are valid
   * @param name the document's name; {@code .ndjson} and {@code .jsonl} mark newline-delimited JSON
   * @return the kind; a document that is neither JSON nor XML is taken for a JSON catalogue, whose
   *     reader then reports exactly what is wrong
   */
  public static DocumentKind sniff(byte[] head, int length, String name) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start < text.length() && text.charAt(start) == '<') {
      return "standard".equals(xmlRoot(text, start)) ? XML_STANDARD : XML_CATALOG;
    }
    if (start < text.length() && text.charAt(start) == '[') {
      return JSON_ARRAY;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return NDJSON;
    }
    return scanObject(text, start);
  }

  /** Returns the local name of the root element, skipping the prolog, comments and doctype. */
  private static String xmlRoot(String text, int from) {
    int i = from;
    while ((i = text.indexOf('<', i)) >= 0 && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      if (next != '?' && next != '!') {
        int end = i + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>' && text.charAt(end) != '/') {
          end++;
        }
        String qualified = text.substring(i + 1, end);
        return qualified.substring(qualified.indexOf(':') + 1);
      }
      i++;
    }
    return "";
  }

  /**
   * The top-level properties only a catalogue has. Every other property but those both have
   * ({@code schemaVersion}, {@code decree}, {@code pledge}, {@code publications}, {@code
   * extensions}) is a standard's. Since 1.1 a standard's id and name are optional, so a draft is
   * told from a catalogue by what it has, not by its id.
   */
  static final Set<String> CATALOG_ONLY = Set.of(
      "provider", "version", "status", "effectiveDate", "lastEvaluationDate", "consultations",
      "standards", "supersededBy");

  /** The top-level properties a catalogue and a standard share. */
  static final Set<String> SHARED = Set.of("schemaVersion", "decree", "pledge", "publications", "extensions");

  /**
   * Walks the first JSON object, noting its top-level keys, and looks past its end for a second
   * object (newline-delimited JSON). A key only a catalogue has makes a catalogue; otherwise a key
   * only a standard has makes a standard; a document of shared keys alone is read as a catalogue.
   */
  private static DocumentKind scanObject(String text, int start) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean catalogKey = false;
    boolean standardKey = false;
    int keyStart = -1;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
          if (depth == 1 && keyStart >= 0 && nextNonSpace(text, i + 1) == ':') {
            String key = text.substring(keyStart, i);
            catalogKey |= CATALOG_ONLY.contains(key);
            standardKey |= !CATALOG_ONLY.contains(key) && !SHARED.contains(key);
          }
          keyStart = -1;
        }
      } else if (c == '"') {
        inString = true;
        keyStart = i + 1;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          if (nextNonSpace(text, i + 1) == '{') {
            return NDJSON;
          }
          break;
        }
      }
    }
    return standardKey && !catalogKey ? JSON_STANDARD : JSON_CATALOG;
  }

  private static char nextNonSpace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  /**
   * Tells whether the document is XML.
   *
   * @return whether it is XML
   */
  public boolean isXml() {
    return this == XML_CATALOG || this == XML_STANDARD;
  }
}
