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
import id.standarpelayanan.model.Pointer;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Turns XML elements into the JSON tree the JSON codec would read, remembering where each value
 * started so that binding errors get a line and column. Detects what Jackson's XML module does not:
 * a repeated element that is not a list item, attributes, foreign namespaces, DTDs and entity
 * references. Not thread-safe: one per document.
 */
final class XmlTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final XMLStreamReader reader;
  private final ReadLimits limits;
  private final boolean ignoreUnknownFields;

  /** The pointer of the root's {@code schemaVersion}. */
  static final Pointer SCHEMA_VERSION = Pointer.root().child(SchemaVersionParser.FIELD);

  private Map<Pointer, int[]> locations = new HashMap<>();

  /** Receives every element's position for the caller; null when they are not kept. */
  private PositionRecorder recorder;

  /** The member name of the element about to be read, for the recorder; null for an item. */
  private String nextName;

  /** The list index of the element about to be read, for the recorder; -1 for a member. */
  private int nextIndex = -1;

  private Pointer current = Pointer.root();
  private Pointer boundList;
  private ItemBinder itemBinder;

  /** Whether the root's start tag has been read: an end of input before it is an empty document. */
  private boolean rootSeen;

  /** Whether the root's end tag has been read: anything after it but comments is trailing. */
  private boolean rootEnded;

  /** Elements read in the document, or in the current stream record. */
  private long values;

  /** Where the current record-length window started, in characters; -1 when none. */
  private long windowStart = -1;

  XmlTree(XMLStreamReader reader, ReadLimits limits, boolean ignoreUnknownFields) {
    this.reader = reader;
    this.limits = limits;
    this.ignoreUnknownFields = ignoreUnknownFields;
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
    void bind(Pointer pointer, JsonNode item);
  }

  /**
   * Binds the items of one list as they are read, with the item's locations in force, and leaves a
   * null in the tree for each: a large catalogue's standards are bound one by one, and neither
   * their tree nor their locations ever exist for the whole document.
   *
   * @param listPointer the list's pointer, e.g. {@code /standards}
   * @param binder receives each item
   */
  void bindItems(Pointer listPointer, ItemBinder binder) {
    this.boundList = listPointer;
    this.itemBinder = binder;
  }

  /**
   * Records, for the caller, where each element starts (its start tag's {@code <}) and, in an
   * extensions map, where each entry starts, by the pointer of the value in the JSON tree.
   *
   * @param recorder receives the positions
   */
  void recording(PositionRecorder recorder) {
    this.recorder = recorder;
  }

  /** Records a value (an element, or an extension entry's key) at a position; -1 if not kept. */
  private int place(String name, int index, int[] at) {
    return recorder == null ? -1 : recorder.add(name, index, at[0], at[1]);
  }

  /** Forgets the locations of the previous record. */
  void forget() {
    locations.clear();
  }

  /** Returns a problem located at the start of the nearest recorded value of {@code pointer}. */
  StandardsReadException locate(StandardsReadException problem, Pointer pointer, long record) {
    Pointer p = pointer;
    int[] location = locations.get(p);
    while (location == null && !p.isRoot()) {
      p = p.parent();
      location = locations.get(p);
    }
    if (location == null) {
      return Problems.relocate(
          problem, pointer.toString(), problem.getLine(), problem.getColumn(), record);
    }
    return Problems.relocate(problem, pointer.toString(), location[0], location[1], record);
  }

  /** Advances to the root element and returns its local name. */
  String root() throws XMLStreamException {
    checkVersionDeclaration();
    while (reader.hasNext()) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        rootSeen = true;
        checkElement(Pointer.root());
        return reader.getLocalName();
      }
      forbidDtd(event, Pointer.root());
    }
    throw here(ReadErrorCode.EMPTY_DOCUMENT, Pointer.root());
  }

  /** Refuses an XML declaration of another version than 1.0: the format is XML 1.0. */
  private void checkVersionDeclaration() {
    String version = reader.getVersion();
    if (version != null && !"1.0".equals(version)) {
      throw Problems.of(ReadErrorCode.UNEXPECTED_XML, "", 1, 1, "xmlVersion", version);
    }
  }

  /** Whether the root's start tag has been read. */
  boolean rootSeen() {
    return rootSeen;
  }

  /** Whether the root's end tag has been read. */
  boolean rootEnded() {
    return rootEnded;
  }

  /** Marks the root's end tag as read (the stream of records reads it itself). */
  void rootEnded(boolean ended) {
    rootEnded = ended;
  }

  /**
   * Returns the next event, after our own checks of it: the nesting depth (an element that holds
   * elements counts, the root is level 1), the number of elements, and the length of names,
   * attribute values, comments and processing instructions.
   *
   * @return the event
   */
  int next() throws XMLStreamException {
    int event = reader.next();
    if (windowStart >= 0) {
      // An end tag (a record's last) is measured to its end; other events to their start.
      long at =
          event == XMLStreamConstants.END_ELEMENT
              ? ((XMLStreamReader2) reader).getLocationInfo().getEndingCharOffset()
              : ((XMLStreamReader2) reader).getLocationInfo().getStartingCharOffset();
      if (at - windowStart > limits.maxRecordLength()) {
        long limit = limits.maxRecordLength();
        throw limitHere("recordLength", limit == Long.MAX_VALUE ? limit : limit + 1, limit);
      }
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> {
        // The parent of an element at depth d holds an element: it is at level d - 1.
        int holder = ((XMLStreamReader2) reader).getDepth() - 1;
        if (holder > limits.maxNestingDepth()) {
          throw limitHere("nestingDepth", holder, limits.maxNestingDepth());
        }
        if (++values > limits.maxValues()) {
          throw limitHere("values", values, limits.maxValues());
        }
        bound(reader.getLocalName().length());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
          bound(reader.getAttributeLocalName(i).length());
          bound(reader.getAttributeValue(i).length());
        }
      }
      case XMLStreamConstants.COMMENT -> bound(reader.getTextLength());
      case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
        bound(String.valueOf(reader.getPITarget()).length());
        bound(String.valueOf(reader.getPIData()).length());
      }
      case XMLStreamConstants.ENTITY_REFERENCE -> bound(reader.getLocalName().length());
      default -> {
        // Text is bounded where it is a value (whitespace between elements is not).
      }
    }
    return event;
  }

  /** Starts a stream record: its elements are counted afresh. */
  void startRecord() {
    values = 0;
  }

  /**
   * Starts a window of the record length at the current event's start (a record's start) or end (a
   * record's end: the input up to the next record): no more than {@link
   * ReadLimits#maxRecordLength()} characters may be read within it.
   *
   * @param atEnd whether the window starts at the end of the current event
   */
  void window(boolean atEnd) throws XMLStreamException {
    XMLStreamReader2 stax2 = (XMLStreamReader2) reader;
    windowStart =
        atEnd
            ? stax2.getLocationInfo().getEndingCharOffset()
            : stax2.getLocationInfo().getStartingCharOffset();
  }

  private void bound(long length) {
    if (length > limits.maxStringLength()) {
      throw limitHere("stringLength", length, limits.maxStringLength());
    }
  }

  private StandardsReadException limitHere(String key, long actual, long limit) {
    int[] at = where();
    return Problems.limit(key, actual, limit, current, at[0], at[1]);
  }

  /** After the root element, rejects anything but comments and whitespace. */
  void end() throws XMLStreamException {
    rootEnded = true;
    while (reader.hasNext()) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        throw here(ReadErrorCode.TRAILING_CONTENT, Pointer.root());
      }
      forbidDtd(event, Pointer.root());
    }
  }

  /** Checks and removes the root's {@code schemaVersion}. */
  void checkVersion(ObjectNode root, int[] where) {
    JsonNode version = root.remove(SchemaVersionParser.FIELD);
    Pointer pointer = SCHEMA_VERSION;
    if (version == null) {
      throw Problems.of(ReadErrorCode.MISSING_SCHEMA_VERSION, pointer, where[0], where[1]);
    }
    int[] at = locations.getOrDefault(pointer, where);
    if (!version.isTextual()) {
      throw Problems.of(ReadErrorCode.WRONG_TYPE, pointer, at[0], at[1], "string");
    }
    if (!SchemaVersionParser.READABLE.contains(version.asText())) {
      throw Problems.of(
          ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION,
          pointer,
          at[0],
          at[1],
          version.asText(),
          SchemaVersionParser.READABLE_TEXT);
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
  JsonNode element(Pointer pointer, int depth) throws XMLStreamException {
    Pointer parent = current;
    current = pointer;
    JsonNode value = content(pointer, depth);
    current = parent;
    return value;
  }

  /** Returns the pointer of the element being read, for parser errors inside it. */
  Pointer current() {
    return current;
  }

  private JsonNode content(Pointer pointer, int depth) throws XMLStreamException {
    String name = reader.getLocalName();
    checkElement(pointer);
    int[] start = where();
    locations.put(pointer, start);
    int node = place(nextName, nextIndex, start);
    nextName = null;
    nextIndex = -1;
    String item = XmlNames.ITEMS.get(name);
    boolean map = XmlNames.EXTENSIONS.equals(name);
    Text text = new Text();
    JsonNode container = null;
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String child = reader.getLocalName();
          if (!XmlNames.NAMESPACE.equals(reader.getNamespaceURI()) && ignoreUnknownFields) {
            skip();
            continue;
          }
          if (container == null) {
            if (!text.blank) {
              int[] at = locations.get(pointer);
              throw Problems.of(ReadErrorCode.UNEXPECTED_XML, pointer, at[0], at[1], "text", "");
            }
            container = child.equals(item) ? NODES.arrayNode() : NODES.objectNode();
          }
          if (container instanceof ArrayNode array) {
            if (!child.equals(item)) {
              unknown(pointer.child(child));
              continue;
            }
            if (array.size() >= limits.maxListItems()) {
              throw limitHere("listItems", array.size() + 1L, limits.maxListItems());
            }
            Pointer itemPointer = pointer.index(array.size());
            nextIndex = array.size();
            if (itemBinder != null && pointer.equals(boundList)) {
              Map<Pointer, int[]> outer = locations;
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
              // Even when unknown fields are ignored: a bare element here would be taken for an
              // entry elsewhere.
              throw here(
                  ReadErrorCode.UNKNOWN_FIELD, pointer.child(child), child, XmlNames.EXTENSION);
            }
            entry((ObjectNode) container, pointer, depth + 1);
          } else {
            Pointer childPointer = pointer.child(child);
            if (((ObjectNode) container).has(child)) {
              throw here(ReadErrorCode.DUPLICATE_FIELD, childPointer, child);
            }
            nextName = child;
            ((ObjectNode) container).set(child, element(childPointer, depth + 1));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String part = reader.getText();
          if (container != null) {
            // Whitespace between elements is no value: only other text is wrong here.
            if (!part.isBlank()) {
              throw here(ReadErrorCode.UNEXPECTED_XML, pointer, "text", "");
            }
          } else {
            text.add(part);
            if (!text.blank && text.length > limits.maxStringLength()) {
              throw limitHere("stringLength", text.length, limits.maxStringLength());
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (node >= 0) {
            recorder.close(node);
          }
          return finish(container, text, item != null, XmlNames.EXTENSIONS.equals(name), pointer);
        }
        default -> forbidDtd(event, pointer);
      }
    }
  }

  private JsonNode finish(
      JsonNode container, Text text, boolean list, boolean map, Pointer pointer) {
    if (container != null) {
      return container;
    }
    if (text.blank && list) {
      return NODES.arrayNode();
    }
    if (text.blank && map) {
      return NODES.objectNode();
    }
    if (text.length > limits.maxStringLength()) {
      // Whitespace only, but the element's whole value: a string as long as any other.
      int[] at = locations.get(pointer);
      throw Problems.limit(
          "stringLength", text.length, limits.maxStringLength(), pointer, at[0], at[1]);
    }
    return TextNode.valueOf(text.value.toString());
  }

  /**
   * An element's text, kept only up to the string limit: past it only whitespace may follow (it may
   * still be whitespace between elements), and its length is counted.
   */
  private final class Text {
    final StringBuilder value = new StringBuilder();
    long length;
    boolean blank = true;

    void add(String part) {
      length += part.length();
      blank = blank && part.isBlank();
      if (length <= limits.maxStringLength()) {
        value.append(part);
      }
    }
  }

  private void entry(ObjectNode map, Pointer pointer, int depth) throws XMLStreamException {
    int[] at = where();
    Pointer entryPointer = pointer.child(XmlNames.EXTENSION);
    nextName = XmlNames.EXTENSION;
    JsonNode entry = element(entryPointer, depth);
    if (!entry.isObject()) {
      throw Problems.of(ReadErrorCode.WRONG_TYPE, entryPointer, at[0], at[1], "object");
    }
    for (String field : (Iterable<String>) entry::fieldNames) {
      if (!field.equals(XmlNames.KEY) && !field.equals(XmlNames.VALUE) && !ignoreUnknownFields) {
        int[] f = locations.get(entryPointer.child(field));
        throw Problems.of(
            ReadErrorCode.UNKNOWN_FIELD,
            entryPointer.child(field),
            f[0],
            f[1],
            field,
            "key, value");
      }
    }
    for (String field : new String[] {XmlNames.KEY, XmlNames.VALUE}) {
      JsonNode part = entry.get(field);
      if (part == null) {
        throw Problems.of(
            ReadErrorCode.MISSING_FIELD, entryPointer.child(field), at[0], at[1], field);
      }
      if (!part.isTextual()) {
        int[] f = locations.get(entryPointer.child(field));
        throw Problems.of(
            ReadErrorCode.WRONG_TYPE, entryPointer.child(field), f[0], f[1], "string");
      }
    }
    String key = entry.get(XmlNames.KEY).asText();
    Pointer keyPointer = pointer.child(key);
    if (map.has(key)) {
      throw Problems.of(ReadErrorCode.DUPLICATE_FIELD, keyPointer, at[0], at[1], key);
    }
    map.set(key, entry.get(XmlNames.VALUE));
    locations.put(keyPointer, at);
    place(key, -1, at);
  }

  private void unknown(Pointer pointer) throws XMLStreamException {
    if (!ignoreUnknownFields) {
      throw here(ReadErrorCode.UNKNOWN_FIELD, pointer, reader.getLocalName(), "");
    }
    skip();
  }

  /** Skips the element the reader is on, up to its end. */
  void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        forbidDtd(event, Pointer.root());
      }
    }
  }

  private void checkElement(Pointer pointer) {
    if (ignoreUnknownFields) {
      return;
    }
    if (!XmlNames.NAMESPACE.equals(reader.getNamespaceURI())) {
      throw here(
          ReadErrorCode.UNEXPECTED_XML,
          pointer,
          "element",
          "{" + String.valueOf(reader.getNamespaceURI()) + "}" + reader.getLocalName());
    }
    if (reader.getAttributeCount() > 0) {
      throw here(
          ReadErrorCode.UNEXPECTED_XML, pointer, "attribute", reader.getAttributeLocalName(0));
    }
  }

  private void forbidDtd(int event, Pointer pointer) {
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      // A DTD is refused before any reference to what it declares: this entity is declared
      // nowhere, and only the five predefined entities and character references are XML's own.
      throw here(ReadErrorCode.MALFORMED, pointer, "XML", reader.getLocalName());
    }
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
      throw here(ReadErrorCode.FORBIDDEN_DTD, pointer);
    }
  }

  private StandardsReadException here(ReadErrorCode code, Pointer pointer, String... arguments) {
    int[] at = where();
    return Problems.of(code, pointer, at[0], at[1], arguments);
  }
}
