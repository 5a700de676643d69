package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsReadException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns XML elements into the JSON tree the JSON codec would read, remembering where each value
 * started so that binding errors get a line and column. Detects what Jackson's XML module does
 * not: a repeated element that is not a list item, attributes, foreign namespaces, DTDs and
 * entity references. Not thread-safe: one per document. Not API.
 */
final class XmlTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final XMLStreamReader reader;
  private final ReadLimits limits;
  private final boolean lenient;
  private Map<String, int[]> locations = new HashMap<>();
  private String current = "";
  private String boundList;
  private ItemBinder itemBinder;

  XmlTree(XMLStreamReader reader, ReadLimits limits, boolean lenient) {
    this.reader = reader;
    this.limits = limits;
    this.lenient = lenient;
  }

  /** Receives each item of a bound list as soon as it is read. */
  @FunctionalInterface
  interface ItemBinder {
    /**
     * Binds one item.
     *
     * @param pointer the item's pointer
     * @param item its value
     */
    void bind(String pointer, JsonNode item);
  }

  /**
   * Binds the items of one list as they are read, with the item's locations in force, and leaves
   * a null in the tree for each: a large catalogue's standards are bound one by one, and neither
   * their tree nor their locations ever exist for the whole document.
   *
   * @param listPointer the list's pointer, e.g. {@code /standards}
   * @param binder receives each item
   */
  void bindItems(String listPointer, ItemBinder binder) {
    this.boundList = listPointer;
    this.itemBinder = binder;
  }

  /** Forgets the locations of the previous record. */
  void forget() {
    locations.clear();
  }

  /**
   * Returns a problem located at the start of the nearest recorded value of {@code pointer}.
   */
  StandardsReadException locate(StandardsReadException problem, String pointer, long record) {
    String p = pointer;
    int[] location = locations.get(p);
    while (location == null && !p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
      location = locations.get(p);
    }
    if (location == null) {
      return Problems.relocate(problem, pointer, problem.getLine(), problem.getColumn(), record);
    }
    return Problems.relocate(problem, pointer, location[0], location[1], record);
  }

  /** Advances to the root element and returns its local name. */
  String root() throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        checkElement("");
        return reader.getLocalName();
      }
      forbidDtd(event, "");
    }
    throw here(ReadErrorCode.EMPTY_DOCUMENT, "");
  }

  /** After the root element, rejects anything but comments and whitespace. */
  void end() throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        throw here(ReadErrorCode.TRAILING_CONTENT, "");
      }
      forbidDtd(event, "");
    }
  }

  /** Checks and removes the root's {@code schemaVersion}. */
  void checkVersion(ObjectNode root, int[] where) {
    JsonNode version = root.remove(SchemaVersionParser.FIELD);
    String pointer = "/" + SchemaVersionParser.FIELD;
    if (version == null) {
      throw Problems.of(ReadErrorCode.MISSING_SCHEMA_VERSION, pointer, where[0], where[1]);
    }
    int[] at = locations.getOrDefault(pointer, where);
    if (!version.isTextual()) {
      throw Problems.of(ReadErrorCode.WRONG_TYPE, pointer, at[0], at[1], "string");
    }
    if (!SchemaVersionParser.READABLE.contains(version.asText())) {
      throw Problems.of(ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION, pointer, at[0], at[1],
          version.asText(), SchemaVersionParser.READABLE_TEXT);
    }
  }

  int[] where() {
    Location location = reader.getLocation();
    return new int[] {location.getLineNumber(), location.getColumnNumber()};
  }

  /**
   * Reads the element the reader is on (a START_ELEMENT) up to its end.
   *
   * @param pointer the element's JSON Pointer
   * @param depth the element's depth, 1 for the root
   * @return its value: an object, an array, or text
   */
  JsonNode element(String pointer, int depth) throws XMLStreamException {
    String parent = current;
    current = pointer;
    JsonNode value = content(pointer, depth);
    current = parent;
    return value;
  }

  /** Returns the pointer of the element being read, for parser errors inside it. */
  String current() {
    return current;
  }

  private JsonNode content(String pointer, int depth) throws XMLStreamException {
    String name = reader.getLocalName();
    checkElement(pointer);
    locations.put(pointer, where());
    if (depth > limits.maxNestingDepth()) {
      throw here(ReadErrorCode.LIMIT_EXCEEDED, pointer, "nestingDepth",
          Integer.toString(limits.maxNestingDepth()));
    }
    String item = XmlNames.ITEMS.get(name);
    boolean map = XmlNames.EXTENSIONS.equals(name);
    StringBuilder text = new StringBuilder();
    JsonNode container = null;
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String child = reader.getLocalName();
          if (!XmlNames.NAMESPACE.equals(reader.getNamespaceURI()) && lenient) {
            skip();
            continue;
          }
          if (container == null) {
            container = child.equals(item) ? NODES.arrayNode() : NODES.objectNode();
            map = map && child.equals(XmlNames.EXTENSION);
          }
          if (container instanceof ArrayNode array) {
            if (!child.equals(item)) {
              unknown(Problems.child(pointer, child));
              continue;
            }
            String itemPointer = pointer + "/" + array.size();
            if (itemBinder != null && pointer.equals(boundList)) {
              Map<String, int[]> outer = locations;
              locations = new HashMap<>();
              try {
                itemBinder.bind(itemPointer, element(itemPointer, depth + 1));
              } finally {
                locations = outer;
              }
              array.add(NullNode.getInstance());
            } else {
              array.add(element(itemPointer, depth + 1));
            }
          } else if (map) {
            if (!child.equals(XmlNames.EXTENSION)) {
              unknown(Problems.child(pointer, child));
              continue;
            }
            entry((ObjectNode) container, pointer, depth + 1);
          } else {
            String childPointer = Problems.child(pointer, child);
            if (((ObjectNode) container).has(child)) {
              throw here(ReadErrorCode.DUPLICATE_FIELD, childPointer, child);
            }
            ((ObjectNode) container).set(child, element(childPointer, depth + 1));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> {
          text.append(reader.getText());
          if (text.length() > limits.maxStringLength()) {
            throw here(ReadErrorCode.LIMIT_EXCEEDED, pointer, "stringLength",
                Integer.toString(limits.maxStringLength()));
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return finish(container, text, item != null, XmlNames.EXTENSIONS.equals(name), pointer);
        }
        default -> forbidDtd(event, pointer);
      }
    }
  }

  private JsonNode finish(
      JsonNode container, StringBuilder text, boolean list, boolean map, String pointer) {
    String value = text.toString();
    boolean blank = value.isBlank();
    if (container == null) {
      if (blank && list) {
        return NODES.arrayNode();
      }
      if (blank && map) {
        return NODES.objectNode();
      }
      return TextNode.valueOf(value);
    }
    if (!blank) {
      int[] at = locations.get(pointer);
      throw Problems.of(ReadErrorCode.UNEXPECTED_XML, pointer, at[0], at[1], "text", "");
    }
    return container;
  }

  private void entry(ObjectNode map, String pointer, int depth) throws XMLStreamException {
    int[] at = where();
    JsonNode entry = element(pointer + "/" + XmlNames.EXTENSION, depth);
    String entryPointer = pointer + "/" + XmlNames.EXTENSION;
    if (!entry.isObject()) {
      throw Problems.of(ReadErrorCode.WRONG_TYPE, entryPointer, at[0], at[1], "object");
    }
    for (String field : (Iterable<String>) entry::fieldNames) {
      if (!field.equals(XmlNames.KEY) && !field.equals(XmlNames.VALUE) && !lenient) {
        int[] f = locations.get(Problems.child(entryPointer, field));
        throw Problems.of(ReadErrorCode.UNKNOWN_FIELD, Problems.child(entryPointer, field),
            f[0], f[1], field, "key, value");
      }
    }
    for (String field : new String[] {XmlNames.KEY, XmlNames.VALUE}) {
      JsonNode part = entry.get(field);
      if (part == null) {
        throw Problems.of(ReadErrorCode.MISSING_FIELD, Problems.child(entryPointer, field),
            at[0], at[1], field);
      }
      if (!part.isTextual()) {
        int[] f = locations.get(Problems.child(entryPointer, field));
        throw Problems.of(ReadErrorCode.WRONG_TYPE, Problems.child(entryPointer, field),
            f[0], f[1], "string");
      }
    }
    String key = entry.get(XmlNames.KEY).asText();
    String keyPointer = Problems.child(pointer, key);
    if (map.has(key)) {
      throw Problems.of(ReadErrorCode.DUPLICATE_FIELD, keyPointer, at[0], at[1], key);
    }
    map.set(key, entry.get(XmlNames.VALUE));
    locations.put(keyPointer, at);
  }

  private void unknown(String pointer) throws XMLStreamException {
    if (!lenient) {
      throw here(ReadErrorCode.UNKNOWN_FIELD, pointer, reader.getLocalName(), "");
    }
    skip();
  }

  /** Skips the element the reader is on, up to its end. */
  void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        forbidDtd(event, "");
      }
    }
  }

  private void checkElement(String pointer) {
    if (lenient) {
      return;
    }
    if (!XmlNames.NAMESPACE.equals(reader.getNamespaceURI())) {
      throw here(ReadErrorCode.UNEXPECTED_XML, pointer, "element",
          "{" + String.valueOf(reader.getNamespaceURI()) + "}" + reader.getLocalName());
    }
    if (reader.getAttributeCount() > 0) {
      throw here(ReadErrorCode.UNEXPECTED_XML, pointer, "attribute",
          reader.getAttributeLocalName(0));
    }
  }

  private void forbidDtd(int event, String pointer) {
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
        || event == XMLStreamConstants.ENTITY_DECLARATION) {
      throw here(ReadErrorCode.FORBIDDEN_DTD, pointer);
    }
  }

  private StandardsReadException here(ReadErrorCode code, String pointer, String... arguments) {
    int[] at = where();
    return Problems.of(code, pointer, at[0], at[1], arguments);
  }
}
