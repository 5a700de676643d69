package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The JSON codec's machinery: one configured mapper, reading with the document's limits and the
 * {@code schemaVersion} check, and writing in one pass straight to the generator, with {@link
 * DocumentRoot} putting the version first. Also the model-to-tree step ({@link #tree(Object)}) the
 * XML writer starts from. Immutable and thread-safe.
 */
public final class JsonCore {

  private final ReadLimits limits;
  private final ObjectMapper mapper;
  private final JsonFactory streamFactory;
  private final ObjectWriter writer;
  private final ObjectReader standardReader;
  private final boolean pretty;

  /**
   * Creates the machinery.
   *
   * @param pretty whether documents are indented
   * @param ignoreUnknownFields whether unknown fields are ignored
   * @param limits the read limits
   */
  public JsonCore(boolean pretty, boolean ignoreUnknownFields, ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mapper =
        Mappers.mapper(limits, ignoreUnknownFields, false)
            .registerModule(
                new SimpleModule("document-root")
                    .addSerializer(DocumentRoot.class, new DocumentRoot.Serializer()));
    this.streamFactory = Mappers.factory(limits, false);
    this.standardReader = mapper.readerFor(ServiceStandard.class);
    this.pretty = pretty;
    this.writer = pretty ? mapper.writer(Mappers.prettyPrinter()) : mapper.writer();
  }

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param type the model type of the root
   * @param <T> the type
   * @return the value
   */
  public <T> T read(InputStream in, Class<T> type) {
    return read(in, type, null);
  }

  /**
   * Reads a document, recording where its values start.
   *
   * @param in the input, not closed
   * @param type the model type of the root
   * @param recorder receives the positions; {@code null} to keep none
   * @param <T> the type
   * @return the value
   */
  public <T> T read(InputStream in, Class<T> type, PositionRecorder recorder) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    LimitedInput.Bounded input = LimitedInput.json(in, limits.maxDocumentLength());
    try {
      return parse(
          () -> mapper.getFactory().createParser((InputStream) input),
          input::ended,
          type,
          recorder);
    } catch (StandardsReadException e) {
      throw Problems.wrongKind(e, type);
    }
  }

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param type the model type of the root
   * @param <T> the type
   * @return the value
   */
  public <T> T read(Reader in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    LimitedInput.BoundedReader input = LimitedInput.of(in, limits.maxDocumentLength());
    try {
      return parse(() -> mapper.getFactory().createParser(input), input::ended, type, null);
    } catch (StandardsReadException e) {
      throw Problems.wrongKind(e, type);
    }
  }

  private <T> T parse(
      ParserSource source, BooleanSupplier ended, Class<T> type, PositionRecorder recorder) {
    JsonParser raw = null;
    try {
      raw = source.open();
      SchemaVersionParser parser = new SchemaVersionParser(raw, 1, limits);
      if (recorder != null) {
        parser.recording(recorder);
      }
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Problems.of(
            ReadErrorCode.EMPTY_DOCUMENT,
            "",
            Math.max(1, raw.currentLocation().getLineNr()),
            Math.max(1, raw.currentLocation().getColumnNr()));
      }
      if (first != JsonToken.START_OBJECT) {
        throw Problems.at(raw, ReadErrorCode.WRONG_TYPE, "object");
      }
      JsonLocation start = raw.currentTokenLocation();
      T value = reader(type).readValue(parser);
      if (!parser.seen()) {
        throw Problems.of(
            ReadErrorCode.MISSING_SCHEMA_VERSION,
            XmlTree.SCHEMA_VERSION,
            start.getLineNr(),
            start.getColumnNr());
      }
      checkEnd(parser);
      return value;
    } catch (Exception e) {
      throw truncatedAtEnd(Problems.translate(e, raw), ended.getAsBoolean());
    } finally {
      closeQuietly(raw);
    }
  }

  /**
   * Returns a syntax error met once the input's end was read as {@link ReadErrorCode#TRUNCATED}:
   * the input ended where more was expected (our own state, not the parser's message).
   */
  static StandardsReadException truncatedAtEnd(StandardsReadException problem, boolean ended) {
    if (ended && problem.getCode() == ReadErrorCode.MALFORMED) {
      return new StandardsReadException(
          ReadErrorCode.TRUNCATED,
          java.util.List.of(),
          problem.getPointer(),
          problem.getLine(),
          problem.getColumn(),
          -1);
    }
    return problem;
  }

  private ObjectReader reader(Class<?> type) {
    return type == ServiceStandard.class ? standardReader : mapper.readerFor(type);
  }

  /** Whatever follows the root value, even what does not parse, is trailing content. */
  private static void checkEnd(SchemaVersionParser parser) throws IOException {
    JsonParser raw = parser.raw();
    JsonToken after;
    try {
      after = raw.nextToken();
    } catch (StreamReadException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : raw.currentLocation();
      throw Problems.of(
          ReadErrorCode.TRAILING_CONTENT,
          "",
          Math.max(1, at.getLineNr()),
          Math.max(1, at.getColumnNr()));
    }
    if (after != null) {
      throw Problems.at(raw, ReadErrorCode.TRAILING_CONTENT);
    }
  }

  /**
   * Returns the records of a JSON array ({@code array}) or of newline-delimited JSON.
   *
   * @param in the input, not closed
   * @param array whether the input is one array (otherwise one record per line)
   * @param onBadRecord receives each bad record's exception; may rethrow to stop
   * @return an iterator that must be closed
   */
  public CloseableIterator<ServiceStandard> records(
      InputStream in, boolean array, Consumer<? super StandardsReadException> onBadRecord) {
    return records(in, array, onBadRecord, false);
  }

  /**
   * Returns the records of a JSON array ({@code array}) or of newline-delimited JSON, keeping, on
   * request, where each record's values start ({@link CloseableIterator#positions()}).
   *
   * @param in the input, not closed
   * @param array whether the input is one array (otherwise one record per line)
   * @param onBadRecord receives each bad record's exception; may rethrow to stop
   * @param keepPositions whether each record's positions are kept
   * @return an iterator that must be closed
   */
  public CloseableIterator<ServiceStandard> records(
      InputStream in,
      boolean array,
      Consumer<? super StandardsReadException> onBadRecord,
      boolean keepPositions) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(onBadRecord, "onBadRecord");
    PositionRecorder recorder = keepPositions ? new PositionRecorder() : null;
    if (!array) {
      return new JsonLines(in, streamFactory, standardReader, limits, onBadRecord, recorder);
    }
    LimitedInput.Bounded window = LimitedInput.window(in, limits.maxRecordLength());
    JsonParser raw;
    try {
      raw = streamFactory.createParser(window);
    } catch (IOException e) {
      throw Problems.translate(e, null);
    }
    return new JsonRecords(raw, window, standardReader, limits, onBadRecord, recorder);
  }

  /**
   * Returns the document tree of a model value: {@code schemaVersion} first, then its properties.
   *
   * @param value a catalogue or a standard
   * @return the tree
   */
  public ObjectNode tree(Object value) {
    ObjectNode root = mapper.createObjectNode();
    root.put(SchemaVersionParser.FIELD, SchemaVersionParser.VERSION);
    root.setAll((ObjectNode) mapper.valueToTree(value));
    return root;
  }

  /**
   * Returns the mapper, for binding trees.
   *
   * @return the mapper
   */
  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Writes a document to a string; a pretty document ends with a line break.
   *
   * @param value a catalogue or a standard
   * @return the document
   */
  public String writeToString(Object value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
      write(value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a document straight to a stream in UTF-8, in one pass (no intermediate tree or string).
   *
   * @param value a catalogue or a standard
   * @param out the output, flushed, not closed
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator generator =
        mapper
            .getFactory()
            .createGenerator(out, JsonEncoding.UTF8)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      write(value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object value, JsonGenerator generator) throws IOException {
    writer.writeValue(generator, new DocumentRoot(value));
    if (pretty) {
      generator.writeRaw('\n');
    }
    generator.flush();
  }

  static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Closing releases buffers only: the caller owns the input.
      }
    }
  }

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /** Reads the records of an array one at a time. */
  private static final class JsonRecords extends RecordIterator {
    private final JsonParser raw;
    private final LimitedInput.Bounded window;
    private final SchemaVersionParser parser;
    private final ObjectReader reader;
    private final Consumer<? super StandardsReadException> onBadRecord;
    private final PositionRecorder recorder;
    private boolean started;
    private long index = -1;

    JsonRecords(
        JsonParser raw,
        LimitedInput.Bounded window,
        ObjectReader reader,
        ReadLimits limits,
        Consumer<? super StandardsReadException> onBadRecord,
        PositionRecorder recorder) {
      this.raw = raw;
      this.window = window;
      this.recorder = recorder;
      this.parser = new SchemaVersionParser(raw, 2, limits);
      if (recorder != null) {
        parser.recording(recorder);
      }
      this.reader = reader;
      this.onBadRecord = onBadRecord;
    }

    @Override
    void advance() {
      JsonToken token;
      try {
        token = parser.nextToken();
        if (!started) {
          started = true;
          if (token == null) {
            JsonLocation at = raw.currentLocation();
            throw Problems.of(
                ReadErrorCode.EMPTY_DOCUMENT,
                "",
                Math.max(1, at.getLineNr()),
                Math.max(1, at.getColumnNr()));
          }
          if (token != JsonToken.START_ARRAY) {
            throw Problems.at(raw, ReadErrorCode.WRONG_TYPE, "array");
          }
          window.boundary(raw.currentLocation().getByteOffset());
          token = parser.nextToken();
        }
        if (token == null) {
          throw Problems.at(raw, ReadErrorCode.TRUNCATED);
        }
        if (token == JsonToken.END_ARRAY) {
          finished = true;
          checkEnd(parser);
          return;
        }
      } catch (Exception e) {
        finished = true;
        throw Problems.translate(e, raw);
      }
      index++;
      // After a bad record, skip to the context that holds the records (the array).
      JsonStreamContext recordContext =
          token.isStructStart() ? raw.getParsingContext().getParent() : raw.getParsingContext();
      JsonLocation start = raw.currentTokenLocation();
      window.boundary(start.getByteOffset());
      parser.startRecord();
      try {
        if (token != JsonToken.START_OBJECT) {
          throw Problems.at(raw, ReadErrorCode.WRONG_TYPE, "object");
        }
        next = reader.readValue(parser);
        window.boundary(raw.currentLocation().getByteOffset());
        if (recorder != null) {
          nextPositions = recorder.take();
        }
        return;
      } catch (Exception e) {
        if (recorder != null) {
          recorder.take();
        }
        StandardsReadException problem = Problems.translate(e, raw);
        Pointer pointer = problem.getPath();
        Pointer record = Pointer.root().index(index);
        // Binding paths are relative to the record; in an array the document is the array.
        if (!pointer.startsWith(record)) {
          pointer = record.append(pointer);
        }
        problem =
            Problems.relocate(
                problem, pointer.toString(), problem.getLine(), problem.getColumn(), index);
        if (isFatal(problem.getCode())) {
          finished = true;
          throw problem;
        }
        try {
          while (raw.getParsingContext() != recordContext && raw.nextToken() != null) {
            // skip the rest of the bad record (the record length bounds it)
          }
          window.boundary(raw.currentLocation().getByteOffset());
        } catch (Exception skipFailure) {
          finished = true;
          StandardsReadException skipProblem = Problems.translate(skipFailure, raw);
          throw Problems.relocate(
              skipProblem,
              skipProblem.getPointer(),
              skipProblem.getLine() > 0 ? skipProblem.getLine() : start.getLineNr(),
              skipProblem.getLine() > 0 ? skipProblem.getColumn() : start.getColumnNr(),
              index);
        }
        onBadRecord.accept(problem);
      }
    }

    /** Errors after which there is no way to find the next record of an array. */
    private static boolean isFatal(ReadErrorCode code) {
      return switch (code) {
        case MALFORMED,
            TRUNCATED,
            INVALID_ENCODING,
            LIMIT_EXCEEDED,
            IO_FAILURE,
            EMPTY_DOCUMENT,
            TRAILING_CONTENT ->
            true;
        default -> false;
      };
    }

    @Override
    public void close() {
      finished = true;
      closeQuietly(raw);
    }
  }
}
