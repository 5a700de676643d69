package id.standarpelayanan.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a document holds (jenis dokumen), told from its first bytes, by content and not by file
 * name: JSON or XML, a catalogue or a single standard, or many standards (a JSON array or
 * newline-delimited JSON).
 *
 * <ul>
 *   <li>The encoding is detected first: a byte order mark (UTF-8, UTF-16 and UTF-32, either byte
 *       order), otherwise the pattern of zero bytes around the first ASCII character (RFC 8259
 *       §8.1, XML 1.0 Appendix F).
 *   <li>XML: the root element's local name, after the declaration, comments, processing
 *       instructions and the doctype (names mentioned inside them do not count); {@code standard}
 *       is a single standard, anything else a catalogue.
 *   <li>JSON: {@code [} is an array; an object is a catalogue when it has a key only a catalogue
 *       has (such as {@code standards} or {@code provider}) at depth 1, wherever in the object it
 *       comes, and a standard when it has only a standard's keys; an object followed, after a line
 *       break, by another object is NDJSON. An object followed by another on the same line
 *       (concatenated documents) is not NDJSON: it is taken as a single document, whose reader
 *       reports the trailing content.
 * </ul>
 *
 * <p>Detection never fails: a document that is neither JSON nor XML is taken for a JSON catalogue,
 * whose reader then reports exactly what is wrong. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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

  /** How many bytes {@link #detect(InputStream)} looks at. */
  public static final int HEAD = 64 * 1024;

  /**
   * The top-level properties only a catalogue has. Every other property but those both have is a
   * standard's. Since 1.1 a standard's id and name are optional, so a draft is told from a
   * catalogue by what it has, not by its id.
   */
  static final Set<String> CATALOG_ONLY =
      Set.of(
          "provider",
          "version",
          "status",
          "effectiveDate",
          "lastEvaluationDate",
          "consultations",
          "standards",
          "supersededBy");

  /** The top-level properties a catalogue and a standard share. */
  static final Set<String> SHARED =
      Set.of("schemaVersion", "decree", "pledge", "publications", "extensions");

  /**
   * A detected kind and the stream to read the document from, at its first byte.
   *
   * @param kind the kind
   * @param stream the stream, rewound to the start of the document; closing it closes the original
   *     stream
   */
  public record Detected(DocumentKind kind, InputStream stream) {
    /**
     * Creates the pair.
     *
     * @param kind the kind
     * @param stream the stream
     * @throws NullPointerException if either is {@code null}
     */
    public Detected {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(stream, "stream");
    }
  }

  /**
   * Tells the kind of a stream from its first {@link #HEAD} bytes and returns it with a stream
   * rewound to the start. The stream is not closed.
   *
   * @param in the document
   * @return the kind and the rewound stream
   * @throws IOException if reading the head fails
   * @throws NullPointerException if {@code in} is {@code null}
   */
  public static Detected detect(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
    buffered.mark(HEAD);
    byte[] head = buffered.readNBytes(HEAD);
    buffered.reset();
    return new Detected(detect(head, head.length), buffered);
  }

  /**
   * Tells the kind from the head of a document.
   *
   * @param head the first bytes (up to a few tens of kilobytes)
   * @param length how many of them are valid
   * @return the kind
   * @throws NullPointerException if {@code head} is {@code null}
   * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@code head}
   */
  public static DocumentKind detect(byte[] head, int length) {
    Objects.requireNonNull(head, "head");
    Objects.checkFromIndexSize(0, length, head.length);
    String text = decode(head, length);
    int start = 0;
    while (start < text.length()
        && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start < text.length() && text.charAt(start) == '<') {
      return "standard".equals(xmlRoot(text, start)) ? XML_STANDARD : XML_CATALOG;
    }
    if (start < text.length() && text.charAt(start) == '[') {
      return JSON_ARRAY;
    }
    return scanObject(text, start);
  }

  /**
   * Tells the kind from the head of a document and its name: {@code .ndjson} and {@code .jsonl}
   * mark newline-delimited JSON when the head does not show an array or XML (a first record larger
   * than the head).
   *
   * @param head the first bytes
   * @param length how many of them are valid
   * @param name the document's name
   * @return the kind
   */
  public static DocumentKind detect(byte[] head, int length, String name) {
    Objects.requireNonNull(name, "name");
    DocumentKind kind = detect(head, length);
    String lower = name.toLowerCase(Locale.ROOT);
    if ((kind == JSON_CATALOG || kind == JSON_STANDARD)
        && (lower.endsWith(".ndjson") || lower.endsWith(".jsonl"))) {
      return NDJSON;
    }
    return kind;
  }

  /** Decodes the head in the encoding its first bytes show (RFC 8259 §8.1, XML 1.0 App. F). */
  static String decode(byte[] b, int n) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      charset = Charset.forName("UTF-32BE");
    } else if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      charset = Charset.forName("UTF-32LE");
    } else if (n >= 2 && b[0] == 0 && b[1] != 0) {
      charset = StandardCharsets.UTF_16BE;
    } else if (n >= 2 && b[0] != 0 && b[1] == 0) {
      charset = StandardCharsets.UTF_16LE;
    }
    return new String(b, skip, n - skip, charset);
  }

  /** Returns the local name of the root element, skipping the prolog, comments, PIs and doctype. */
  private static String xmlRoot(String text, int from) {
    int i = from;
    while ((i = text.indexOf('<', i)) >= 0 && i + 1 < text.length()) {
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return "";
        }
        i = end + 3;
      } else if (text.charAt(i + 1) == '?') {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return "";
        }
        i = end + 2;
      } else if (text.charAt(i + 1) == '!') {
        i = skipDeclaration(text, i + 2);
        if (i < 0) {
          return "";
        }
      } else {
        int end = i + 1;
        while (end < text.length()
            && !Character.isWhitespace(text.charAt(end))
            && text.charAt(end) != '>'
            && text.charAt(end) != '/') {
          end++;
        }
        String qualified = text.substring(i + 1, end);
        return qualified.substring(qualified.indexOf(':') + 1);
      }
    }
    return "";
  }

  /**
   * Skips a doctype (with its internal subset, quoted strings and comments); returns the index past
   * it.
   */
  private static int skipDeclaration(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          return -1;
        }
        i = end;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return -1;
        }
        i = end + 2;
      } else if (c == '[' || c == '<') {
        depth++;
      } else if (c == ']' || (c == '>' && depth > 0)) {
        depth--;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Walks the first JSON object, noting its depth-1 keys, and looks past its end for a second
   * object on a later line (NDJSON).
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
          int next = i + 1;
          boolean newline = false;
          while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            newline |= text.charAt(next) == '\n' || text.charAt(next) == '\r';
            next++;
          }
          if (newline && next < text.length() && text.charAt(next) == '{') {
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
