package id.standarpelayanan.io.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxIOException;
import com.ctc.wstx.exc.WstxLazyException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.internal.text.XmlCharactersValidator;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The XML codec's machinery. XML mirrors the JSON document element for element, so reading turns
 * the XML into the JSON tree ({@link XmlTree}) and binds it with the JSON codec's model binding
 * (numbers and booleans arriving as text), and writing turns the JSON tree into elements. The StAX
 * factory is Woodstox with DTDs, external entities and external resolution off. Immutable and
 * thread-safe.
 */
public final class XmlCore {

  /** The pointer of a catalogue's list of standards. */
  private static final Pointer STANDARDS = Pointer.root().child(XmlNames.STANDARDS);

  /** Line breaks and indentation for the first depths, made once. */
  private static final String[] INDENTS = new String[16];

  static {
    for (int depth = 0; depth < INDENTS.length; depth++) {
      INDENTS[depth] = "\n" + "  ".repeat(depth);
    }
  }

  private final JsonCore json;
  private final ObjectMapper binder;
  private final ReadLimits limits;
  private final boolean ignoreUnknownFields;
  private final boolean pretty;
  private final XMLInputFactory inputs;
  private final XMLOutputFactory outputs;

  /**
   * Creates the machinery.
   *
   * @param pretty whether documents are indented
   * @param ignoreUnknownFields whether unknown elements are ignored
   * @param limits the read limits
   */
  public XmlCore(boolean pretty, boolean ignoreUnknownFields, ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.json = new JsonCore(pretty, ignoreUnknownFields, limits);
    this.binder =
        Mappers.mapper(limits, ignoreUnknownFields, true)
            .registerModule(
                new SimpleModule("xml-empty-elements")
                    .setDeserializerModifier(new EmptyElementAsObject()));
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.pretty = pretty;
    this.inputs = secureInputFactory(limits);
    this.outputs = woodstox(XMLOutputFactory.class, "com.ctc.wstx.stax.WstxOutputFactory");
    outputs.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
    outputs.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, true);
    outputs.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
  }

  /**
   * Creates a Woodstox factory by name: never whatever StAX implementation a service lookup finds
   * first, and without compiling against Woodstox's OSGi annotations.
   */
  private static <T> T woodstox(Class<T> type, String className) {
    try {
      return type.cast(
          Class.forName(className, true, XmlCore.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Woodstox is missing from the class path", e);
    }
  }

  /**
   * Returns a StAX factory that never reads a DTD, an external entity or any other resource.
   *
   * @param limits the read limits
   * @return the factory
   */
  static XMLInputFactory secureInputFactory(ReadLimits limits) {
    XMLInputFactory factory = woodstox(XMLInputFactory.class, "com.ctc.wstx.stax.WstxInputFactory");
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    // Woodstox's own limits sit above ours, or are off where our length bound of the document or
    // record keeps the work finite: our checks (XmlTree) always trip first, with our arguments.
    // A leaf may sit one level below the deepest element that holds elements.
    factory.setProperty(
        WstxInputProperties.P_MAX_ELEMENT_DEPTH, saturatedAdd(limits.maxNestingDepth(), 3));
    // Off: whitespace between elements is no value, and text is bounded by us.
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, Integer.MAX_VALUE);
    factory.setProperty(
        WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, saturatedAdd(limits.maxStringLength(), 1));
    factory.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, Integer.MAX_VALUE);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, Long.MAX_VALUE);
    factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, Long.MAX_VALUE);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    return factory;
  }

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param type {@link StandardsCatalog} or {@link ServiceStandard}
   * @param <T> the type
   * @return the value
   */
  public <T> T read(InputStream in, Class<T> type) {
    return read(in, type, null);
  }

  /**
   * Reads a document, recording where its elements start.
   *
   * @param in the input, not closed
   * @param type {@link StandardsCatalog} or {@link ServiceStandard}
   * @param recorder receives the positions; {@code null} to keep none
   * @param <T> the type
   * @return the value
   */
  public <T> T read(InputStream in, Class<T> type, PositionRecorder recorder) {
    Objects.requireNonNull(in, "in");
    return parse(
        () -> inputs.createXMLStreamReader(LimitedInput.of(in, limits.maxDocumentLength())),
        type,
        recorder);
  }

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param type {@link StandardsCatalog} or {@link ServiceStandard}
   * @param <T> the type
   * @return the value
   */
  public <T> T read(Reader in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return parse(
        () -> inputs.createXMLStreamReader(LimitedInput.of(in, limits.maxDocumentLength())),
        type,
        null);
  }

  private <T> T parse(ReaderSource source, Class<T> type, PositionRecorder recorder) {
    XMLStreamReader reader = null;
    XmlTree tree = null;
    try {
      reader = source.open();
      XmlTree document = new XmlTree(reader, limits, ignoreUnknownFields);
      if (recorder != null) {
        document.recording(recorder);
      }
      tree = document;
      List<ServiceStandard> standards = new ArrayList<>();
      StandardsReadException[] firstBad = new StandardsReadException[1];
      if (type == StandardsCatalog.class) {
        // The first bad standard is kept, not thrown: a syntax error later in the document, or a
        // bad schemaVersion, is still reported before it, as when the whole tree was bound last.
        document.bindItems(
            STANDARDS,
            (pointer, item) -> {
              if (firstBad[0] == null) {
                try {
                  standards.add(bind(document, item, ServiceStandard.class, pointer, -1));
                } catch (StandardsReadException e) {
                  firstBad[0] = e;
                }
              }
            });
      }
      String root = tree.root();
      int[] start = tree.where();
      String expected = type == StandardsCatalog.class ? XmlNames.CATALOG : XmlNames.STANDARD;
      String other = type == StandardsCatalog.class ? XmlNames.STANDARD : XmlNames.CATALOG;
      if (other.equals(root)) {
        throw Problems.wrongKind(
            type == StandardsCatalog.class ? ServiceStandard.class : StandardsCatalog.class,
            start[0],
            start[1]);
      }
      if (!expected.equals(root)) {
        throw Problems.of(
            ReadErrorCode.UNEXPECTED_XML, "", start[0], start[1], "rootElement", root);
      }
      JsonNode node = tree.element(Pointer.root(), 1);
      tree.end();
      if (!node.isObject()) {
        throw Problems.of(
            ReadErrorCode.MISSING_SCHEMA_VERSION, XmlTree.SCHEMA_VERSION, start[0], start[1]);
      }
      tree.checkVersion((ObjectNode) node, start);
      if (type == StandardsCatalog.class && node.get(XmlNames.STANDARDS) instanceof ArrayNode) {
        // The standards are bound already; the catalogue's own fields are bound now.
        ObjectNode fields = (ObjectNode) node;
        fields.putArray(XmlNames.STANDARDS);
        StandardsCatalog catalog;
        try {
          catalog = bind(tree, node, StandardsCatalog.class, Pointer.root(), -1);
        } catch (StandardsReadException e) {
          // Of an error in the catalogue's fields and one in a standard, the earlier in the
          // document is reported; a missing field is found at the end of the catalogue.
          if (firstBad[0] == null || position(fields, e.getPath()) < position(fields, STANDARDS)) {
            throw e;
          }
          throw firstBad[0];
        }
        if (firstBad[0] != null) {
          throw firstBad[0];
        }
        return type.cast(ImmutableStandardsCatalog.copyOf(catalog).withStandards(standards));
      }
      return bind(tree, node, type, Pointer.root(), -1);
    } catch (XMLStreamException | RuntimeException e) {
      throw translate(e, reader, tree);
    } finally {
      close(reader);
    }
  }

  /** The position among the root's fields of the field a pointer starts with; last if absent. */
  private static int position(ObjectNode root, Pointer pointer) {
    String field = pointer.isRoot() ? "" : pointer.token(0);
    int index = 0;
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); index++) {
      if (names.next().equals(field)) {
        return index;
      }
    }
    return Integer.MAX_VALUE;
  }

  private <T> T bind(XmlTree tree, JsonNode node, Class<T> type, Pointer prefix, long record) {
    try {
      return binder.readerFor(type).readValue(node);
    } catch (Exception e) {
      StandardsReadException problem = Problems.translate(e, null);
      throw tree.locate(problem, prefix.append(problem.getPath()), record);
    }
  }

  /**
   * Returns the standards of an XML catalogue, one at a time.
   *
   * @param in the input, not closed
   * @param onBadRecord receives each bad standard's exception; may rethrow to stop
   * @return an iterator that must be closed
   */
  public CloseableIterator<ServiceStandard> records(
      InputStream in, Consumer<? super StandardsReadException> onBadRecord) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(onBadRecord, "onBadRecord");
    LimitedInput.Bounded window = LimitedInput.xmlWindow(in, limits.maxRecordLength());
    try {
      return new XmlRecords(inputs.createXMLStreamReader(window), window, onBadRecord);
    } catch (XMLStreamException | RuntimeException e) {
      throw translate(e, null, null);
    }
  }

  /**
   * Writes a document to a string; a pretty document ends with a line break.
   *
   * @param value a catalogue or a standard
   * @return the document
   * @throws IllegalArgumentException if a text holds a character XML 1.0 cannot carry
   */
  public String writeToString(Object value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter(8192);
    try {
      write(value, outputs.createXMLStreamWriter(out));
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("text not representable in XML 1.0", e);
    }
    return pretty ? out + "\n" : out.toString();
  }

  /**
   * Writes a document straight to a stream in UTF-8, without an intermediate string; a pretty
   * document ends with a line break.
   *
   * @param value a catalogue or a standard
   * @param out the output, flushed, not closed
   * @throws IllegalArgumentException if a text holds a character XML 1.0 cannot carry (what was
   *     written before it stays written)
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      write(value, outputs.createXMLStreamWriter(out, "UTF-8"));
      if (pretty) {
        out.write('\n');
      }
      out.flush();
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("text not representable in XML 1.0", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object value, XMLStreamWriter writer) throws XMLStreamException {
    String root = value instanceof StandardsCatalog ? XmlNames.CATALOG : XmlNames.STANDARD;
    ObjectNode tree = json.tree(value);
    writer.writeStartDocument("UTF-8", "1.0");
    indent(writer, 0);
    writer.writeStartElement(root);
    writer.writeDefaultNamespace(XmlNames.NAMESPACE);
    fields(writer, tree, 1);
    indent(writer, 0);
    writer.writeEndElement();
    writer.writeEndDocument();
    // Flushes the writer's buffer into the output; the output itself stays open.
    writer.close();
  }

  private void fields(XMLStreamWriter writer, JsonNode object, int depth)
      throws XMLStreamException {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      indent(writer, depth);
      writer.writeStartElement(name);
      if (value.isArray()) {
        String item = XmlNames.itemOf(name);
        for (JsonNode element : value) {
          indent(writer, depth + 1);
          writer.writeStartElement(item);
          content(writer, element, depth + 1);
          writer.writeEndElement();
        }
        indent(writer, depth);
      } else if (XmlNames.EXTENSIONS.equals(name)) {
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
          indent(writer, depth + 1);
          writer.writeStartElement(XmlNames.EXTENSION);
          indent(writer, depth + 2);
          leaf(writer, XmlNames.KEY, entry.getKey());
          indent(writer, depth + 2);
          leaf(writer, XmlNames.VALUE, entry.getValue().asText());
          indent(writer, depth + 1);
          writer.writeEndElement();
        }
        indent(writer, depth);
      } else {
        content(writer, value, depth);
      }
      writer.writeEndElement();
    }
  }

  private void content(XMLStreamWriter writer, JsonNode value, int depth)
      throws XMLStreamException {
    if (value.isObject()) {
      if (!value.isEmpty()) {
        fields(writer, value, depth + 1);
        indent(writer, depth);
      }
    } else if (value.isBigDecimal()) {
      // Plain, as in JSON: BigDecimal.toString() would write 1E-7.
      text(writer, value.decimalValue().toPlainString());
    } else {
      text(writer, value.asText());
    }
  }

  private static void leaf(XMLStreamWriter writer, String name, String text)
      throws XMLStreamException {
    writer.writeStartElement(name);
    text(writer, text);
    writer.writeEndElement();
  }

  /**
   * Writes text, after the check that every character is one XML 1.0 carries, by the definition the
   * model's {@code @XmlCharacters} constraint uses: the reader refuses the others, and a writer to
   * a String and one to UTF-8 bytes must refuse alike, whatever Woodstox checks itself.
   */
  private static void text(XMLStreamWriter writer, String text) throws XMLStreamException {
    int forbidden = XmlCharactersValidator.firstForbidden(text);
    if (forbidden >= 0) {
      throw new XMLStreamException(
          XmlCharactersValidator.name(text.charAt(forbidden)) + " is no XML 1.0 character");
    }
    writer.writeCharacters(text);
  }

  private void indent(XMLStreamWriter writer, int depth) throws XMLStreamException {
    if (pretty) {
      writer.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }
  }

  /**
   * Translates a failure of reading XML by its type and our own state, never by Woodstox's message
   * text: a {@link VirtualMachineError} is rethrown as itself; our own exceptions pass; Woodstox's
   * lazy wrapper is unwrapped; an end of input is {@link ReadErrorCode#EMPTY_DOCUMENT} before the
   * root's start tag and {@link ReadErrorCode#TRUNCATED} after it; what fails after the root's end
   * is {@link ReadErrorCode#TRAILING_CONTENT}; the length limits of {@link LimitedInput}, encoding
   * failures and the input's own failures (kept as cause) are found in the cause chain.
   */
  private static StandardsReadException translate(
      Throwable failure, XMLStreamReader reader, XmlTree tree) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof VirtualMachineError e) {
        throw e;
      }
    }
    Throwable e = failure;
    while (e instanceof WstxLazyException && e.getCause() != null) {
      e = e.getCause();
    }
    String pointer = tree == null ? "" : tree.current().toString();
    Location location = e instanceof XMLStreamException x ? x.getLocation() : null;
    if (location == null && reader != null) {
      location = reader.getLocation();
    }
    int line = location == null ? 1 : Math.max(1, location.getLineNumber());
    int column = location == null ? 1 : Math.max(1, location.getColumnNumber());
    IOException input = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StandardsReadException problem) {
        return Problems.relocate(
            problem,
            problem.getPointer(),
            problem.getLine(),
            problem.getColumn(),
            problem.getRecordIndex().orElse(-1));
      }
      if (t instanceof LimitedInput.TooLong tooLong) {
        return Problems.limit(
            tooLong.key, saturatedIncrement(tooLong.limit), tooLong.limit, pointer, line, column);
      }
      if (t instanceof CharConversionException || t instanceof UnsupportedEncodingException) {
        return Problems.of(ReadErrorCode.INVALID_ENCODING, pointer, line, column);
      }
      if (t instanceof IOException io && !(t instanceof WstxIOException) && input == null) {
        input = io;
      }
    }
    if (input != null) {
      return Problems.ioFailure(input, pointer, line, column);
    }
    if (e instanceof WstxIOException) {
      // Without an input failure as cause: the declared encoding is one no decoder reads.
      return Problems.of(ReadErrorCode.INVALID_ENCODING, pointer, line, column);
    }
    if (e instanceof WstxEOFException) {
      return Problems.of(
          tree != null && tree.rootSeen() ? ReadErrorCode.TRUNCATED : ReadErrorCode.EMPTY_DOCUMENT,
          pointer,
          line,
          column);
    }
    if (e instanceof XMLStreamException) {
      if (tree != null && tree.rootEnded()) {
        return Problems.of(ReadErrorCode.TRAILING_CONTENT, "", line, column);
      }
      // WstxParsingException, WstxUnexpectedCharException and other well-formedness errors.
      return Problems.of(ReadErrorCode.MALFORMED, pointer, line, column, "XML");
    }
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException("unexpected failure", e);
  }

  private static long saturatedIncrement(long value) {
    return value == Long.MAX_VALUE ? value : value + 1;
  }

  /** Adds without passing {@link Integer#MAX_VALUE}. */
  private static int saturatedAdd(int value, int more) {
    return (int) Math.min(Integer.MAX_VALUE, (long) value + more);
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Closing releases buffers only: the caller owns the input.
      }
    }
  }

  @FunctionalInterface
  private interface ReaderSource {
    XMLStreamReader open() throws XMLStreamException;
  }

  /**
   * Lets an empty element stand for an empty object: XML writes {@code {}} as {@code
   * <completionTime></completionTime>}, which reads back as empty text.
   */
  private static final class EmptyElementAsObject extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      // Model types are read through their builders: the description may be the builder's.
      Class<?> raw = description.getBeanClass();
      Class<?> type =
          ModelIntrospector.modelType(
              raw.getEnclosingClass() != null ? raw.getEnclosingClass() : raw);
      return type == null ? deserializer : new EmptyTextAsObject(deserializer, type);
    }
  }

  private static final class EmptyTextAsObject extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final Class<?> type;

    EmptyTextAsObject(JsonDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new EmptyTextAsObject(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().isEmpty()) {
        return ctxt.readTreeAsValue(ctxt.getNodeFactory().objectNode(), type);
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** Reads the standards of a catalogue one at a time. */
  private final class XmlRecords extends RecordIterator {
    private final XMLStreamReader reader;
    private final LimitedInput.Bounded window;
    private final XmlTree tree;
    private final Consumer<? super StandardsReadException> onBadRecord;
    private final Set<String> seen = new HashSet<>();
    private boolean started;
    private boolean inStandards;
    private int[] start;
    private long index = -1;

    XmlRecords(
        XMLStreamReader reader,
        LimitedInput.Bounded window,
        Consumer<? super StandardsReadException> onBadRecord) {
      this.reader = reader;
      this.window = window;
      this.tree = new XmlTree(reader, limits, ignoreUnknownFields);
      this.onBadRecord = onBadRecord;
    }

    @Override
    void advance() {
      try {
        read();
      } catch (StandardsReadException e) {
        finished = true;
        throw e.getRecordIndex().isPresent() || index < 0
            ? e
            : Problems.relocate(e, e.getPointer(), e.getLine(), e.getColumn(), index);
      } catch (XMLStreamException | RuntimeException e) {
        finished = true;
        StandardsReadException problem = translate(e, reader, tree);
        throw Problems.relocate(
            problem, problem.getPointer(), problem.getLine(), problem.getColumn(), index);
      }
    }

    private void read() throws XMLStreamException {
      if (!started) {
        started = true;
        String root = tree.root();
        start = tree.where();
        if (XmlNames.STANDARD.equals(root)) {
          throw Problems.wrongKind(ServiceStandard.class, start[0], start[1]);
        }
        if (!XmlNames.CATALOG.equals(root)) {
          throw Problems.of(
              ReadErrorCode.UNEXPECTED_XML, "", start[0], start[1], "rootElement", root);
        }
      }
      int event = tree.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (inStandards) {
          inStandards = false;
          return;
        }
        tree.rootEnded(true);
        if (!seen.contains(SchemaVersionParser.FIELD)) {
          throw Problems.of(
              ReadErrorCode.MISSING_SCHEMA_VERSION, XmlTree.SCHEMA_VERSION, start[0], start[1]);
        }
        tree.end();
        finished = true;
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && !reader.getText().isBlank()) {
          int[] at = tree.where();
          throw Problems.of(ReadErrorCode.UNEXPECTED_XML, "", at[0], at[1], "text", "");
        }
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          int[] at = tree.where();
          throw Problems.of(ReadErrorCode.FORBIDDEN_DTD, "", at[0], at[1]);
        }
        return;
      }
      String name = reader.getLocalName();
      if (inStandards) {
        record(name);
        return;
      }
      Pointer pointer = Pointer.root().child(name);
      if (!seen.add(name)) {
        int[] at = tree.where();
        throw Problems.of(ReadErrorCode.DUPLICATE_FIELD, pointer, at[0], at[1], name);
      }
      if (XmlNames.STANDARDS.equals(name)) {
        inStandards = true;
        // From here on, each record and the input between two records is bounded.
        startWindow(true);
        return;
      }
      tree.forget();
      JsonNode value = tree.element(pointer, 2);
      if (SchemaVersionParser.FIELD.equals(name)) {
        ObjectNode holder = binder.createObjectNode();
        holder.set(name, value);
        tree.checkVersion(holder, start);
      } else if (!ignoreUnknownFields
          && !ModelIntrospector.PROPERTY_ORDER.get(StandardsCatalog.class).contains(name)) {
        throw tree.locate(
            Problems.of(ReadErrorCode.UNKNOWN_FIELD, pointer, 0, 0, name, ""), pointer, -1);
      }
    }

    /** Starts a record-length window at the current event's start or end, in bytes and chars. */
    private void startWindow(boolean atEnd) throws XMLStreamException {
      window.boundary(window.total());
      tree.window(atEnd);
    }

    private void record(String name) throws XMLStreamException {
      index++;
      // A stream may hold more records than an int counts: the index token is written as a long.
      Pointer pointer = STANDARDS.index(index);
      tree.forget();
      tree.startRecord();
      startWindow(false);
      record(name, pointer);
      // The record's end tag: the input up to the next record is bounded as a record is.
      startWindow(true);
    }

    private void record(String name, Pointer pointer) throws XMLStreamException {
      int[] at = tree.where();
      if (!XmlNames.STANDARD.equals(name)) {
        if (ignoreUnknownFields) {
          tree.skip();
          return;
        }
        tree.skip();
        onBadRecord.accept(
            Problems.relocate(
                Problems.of(ReadErrorCode.UNKNOWN_FIELD, pointer, 0, 0, name, XmlNames.STANDARD),
                pointer.toString(),
                at[0],
                at[1],
                index));
        return;
      }
      JsonNode node;
      try {
        node = tree.element(pointer, 3);
      } catch (StandardsReadException e) {
        if (e.getCode() == ReadErrorCode.LIMIT_EXCEEDED
            || e.getCode() == ReadErrorCode.FORBIDDEN_DTD) {
          throw Problems.relocate(e, e.getPointer(), e.getLine(), e.getColumn(), index);
        }
        skipRest();
        onBadRecord.accept(Problems.relocate(e, e.getPointer(), e.getLine(), e.getColumn(), index));
        return;
      }
      try {
        next = bind(tree, node, ServiceStandard.class, pointer, index);
      } catch (StandardsReadException e) {
        onBadRecord.accept(e);
      }
    }

    private void skipRest() throws XMLStreamException {
      // A bad <standard> ends with the END_ELEMENT at its depth: catalog 1, standards 2, standard
      // 3.
      XMLStreamReader2 stax2 = (XMLStreamReader2) reader;
      while (!(reader.getEventType() == XMLStreamConstants.END_ELEMENT && stax2.getDepth() == 3)) {
        tree.next();
      }
    }

    @Override
    public void close() {
      finished = true;
      XmlCore.close(reader);
    }
  }
}
