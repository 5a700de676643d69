package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import id.standarpelayanan.io.ReadErrorCode;
import java.io.IOException;
import java.util.List;

/**
 * A parser that consumes the {@code schemaVersion} member of each record object (the root object
 * of a document, or each element of a streamed array), checks it, and hides it from the binder,
 * so that the model needs no such property. Not API.
 */
final class SchemaVersionParser extends JsonParserDelegate {

  /** The version this library writes. */
  static final String VERSION = "1.1";

  /**
   * Every version this library reads. 1.1 only adds to 1.0 (new optional properties and enum
   * constants; id, name, a decree's number, a fee item's amount and a competence's dimension
   * became optional), so a 1.0 document means under 1.1 exactly what it meant.
   */
  static final List<String> READABLE = List.of("1.0", VERSION);

  /** The readable versions, for messages. */
  static final String READABLE_TEXT = String.join(", ", READABLE);

  static final String FIELD = "schemaVersion";

  private final int recordDepth;
  private boolean seen;

  /**
   * Wraps a parser.
   *
   * @param delegate the parser
   * @param recordDepth the nesting depth of a record object's context (1 for a root object)
   */
  SchemaVersionParser(JsonParser delegate, int recordDepth) {
    super(delegate);
    this.recordDepth = recordDepth;
  }

  /** Forgets the version seen, before the next record. */
  void startRecord() {
    seen = false;
  }

  /** Tells whether the current record had a {@code schemaVersion}. */
  boolean seen() {
    return seen;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.FIELD_NAME && atRecordLevel() && FIELD.equals(delegate.currentName())) {
      JsonToken value = delegate.nextToken();
      if (value != JsonToken.VALUE_STRING) {
        throw Problems.at(delegate, ReadErrorCode.WRONG_TYPE, "string");
      }
      if (!READABLE.contains(delegate.getText())) {
        throw Problems.at(
            delegate, ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION, delegate.getText(), READABLE_TEXT);
      }
      seen = true;
      token = delegate.nextToken();
    }
    return token;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.VALUE_TRUE ? Boolean.TRUE
        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Skipping never passes through a record's own members, so the delegate may skip alone.
    delegate.skipChildren();
    return this;
  }

  private boolean atRecordLevel() {
    JsonStreamContext context = delegate.getParsingContext();
    return context.inObject() && context.getNestingDepth() == recordDepth;
  }
}
