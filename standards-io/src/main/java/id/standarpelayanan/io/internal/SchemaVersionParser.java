package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parser the binder reads through: it consumes the {@code schemaVersion} member of each record
 * object (the root object of a document, or each element of a streamed array), checks it, and hides
 * it from the binder, so that the model needs no such property; and it makes our own checks on
 * every token, so that they are found by us, located, and not by the parser's message text: the
 * {@link ReadLimits} (nesting depth, string, name and number length, values per record, items per
 * list), keys given twice in one object, and lone surrogates in strings and names. Every token,
 * skipped ones too, passes these checks. On request ({@link #recording}), it also records where
 * each value of the record starts, by its pointer relative to the record.
 */
final class SchemaVersionParser extends JsonParserDelegate {

  /** The version this library writes. */
  static final String VERSION = "1.1";

  /**
   * Every version this library reads. 1.1 only adds to 1.0 (new optional properties and enum
   * constants; id, name, a decree's number, a fee item's amount and a competence's dimension became
   * optional), so a 1.0 document means under 1.1 exactly what it meant.
   */
  static final List<String> READABLE = List.of("1.0", VERSION);

  /** The readable versions, for messages. */
  static final String READABLE_TEXT = String.join(", ", READABLE);

  static final String FIELD = "schemaVersion";

  private final int recordDepth;
  private final ReadLimits limits;

  /** The names met in each open object, by depth relative to the record (0 for the record). */
  private final List<Names> names = new ArrayList<>();

  private boolean seen;
  private long values;

  /** Receives the positions of the record's values; null when they are not kept. */
  private PositionRecorder recorder;

  /** The recorder's nodes of the open containers, by level (the record is level 1). */
  private int[] containers;

  /** The recorder's node of the member whose name was read last. */
  private int member;

  /**
   * Wraps a parser.
   *
   * @param delegate the parser
   * @param recordDepth the nesting depth of a record object's context (1 for a root object)
   * @param limits the limits to check
   */
  SchemaVersionParser(JsonParser delegate, int recordDepth, ReadLimits limits) {
    super(delegate);
    this.recordDepth = recordDepth;
    this.limits = limits;
  }

  /**
   * Records, from now on, where each value of a record starts: a member where its name starts, an
   * array item and the record itself where the value starts.
   *
   * @param recorder receives the positions
   * @return this parser
   */
  SchemaVersionParser recording(PositionRecorder recorder) {
    this.recorder = recorder;
    this.containers = new int[8];
    return this;
  }

  /** Forgets the version seen and the values counted, before the next record. */
  void startRecord() {
    seen = false;
    values = 0;
  }

  /** Tells whether the current record had a {@code schemaVersion}. */
  boolean seen() {
    return seen;
  }

  /** Returns the underlying parser. */
  JsonParser raw() {
    return delegate;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = checked(delegate.nextToken());
    if (token == JsonToken.FIELD_NAME && atRecordLevel() && FIELD.equals(delegate.currentName())) {
      JsonToken value = checked(delegate.nextToken());
      if (value != JsonToken.VALUE_STRING) {
        throw Problems.at(delegate, ReadErrorCode.WRONG_TYPE, "string");
      }
      if (!READABLE.contains(delegate.getText())) {
        throw Problems.at(
            delegate, ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION, delegate.getText(), READABLE_TEXT);
      }
      seen = true;
      token = checked(delegate.nextToken());
    }
    return token;
  }

  /** Our own checks of one token. */
  private JsonToken checked(JsonToken token) throws IOException {
    if (token == null) {
      return null;
    }
    switch (token) {
      case FIELD_NAME -> {
        String name = delegate.currentName();
        if (name.length() > limits.maxStringLength()) {
          throw limit("stringLength", name.length(), limits.maxStringLength(), "maxStringLength");
        }
        if (hasLoneSurrogate(name)) {
          throw Problems.at(delegate, ReadErrorCode.INVALID_VALUE, "unicodeText");
        }
        int level = level(delegate.getParsingContext()) - 1;
        if (level >= 0 && level < names.size() && !names.get(level).add(name)) {
          throw Problems.at(delegate, ReadErrorCode.DUPLICATE_FIELD, name);
        }
        if (recorder != null && level >= 0) {
          member = place(name, -1);
        }
        return token;
      }
      case END_OBJECT, END_ARRAY -> {
        if (recorder != null) {
          // The parser is in the closed container's parent context already.
          int closed = level(delegate.getParsingContext()) + 1;
          if (closed >= 1) {
            recorder.close(containers[closed]);
          }
        }
        return token;
      }
      case VALUE_STRING -> {
        int length = delegate.getTextLength();
        if (length > limits.maxStringLength()) {
          throw limit("stringLength", length, limits.maxStringLength(), "maxStringLength");
        }
        if (hasLoneSurrogate(delegate.getTextCharacters(), delegate.getTextOffset(), length)) {
          throw Problems.at(delegate, ReadErrorCode.INVALID_VALUE, "unicodeText");
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        int length = delegate.getTextLength();
        if (length > limits.maxNumberLength()) {
          throw limit("numberLength", length, limits.maxNumberLength(), "maxNumberLength");
        }
      }
      default -> {
        // START_OBJECT, START_ARRAY and the other scalars
      }
    }
    JsonStreamContext context = delegate.getParsingContext();
    if (token.isStructStart()) {
      int depth = level(context);
      if (depth > limits.maxNestingDepth()) {
        throw limit("nestingDepth", depth, limits.maxNestingDepth(), "maxNestingDepth");
      }
      if (token == JsonToken.START_OBJECT && depth >= 1) {
        while (names.size() < depth) {
          names.add(new Names());
        }
        names.get(depth - 1).clear();
      }
      context = context.getParent();
    }
    if (++values > limits.maxValues()) {
      throw limit("values", values, limits.maxValues(), "maxValues");
    }
    // A list's items; a stream's own array of records is not a list of the model.
    if (context != null
        && context.inArray()
        && context.getNestingDepth() >= recordDepth
        && context.getCurrentIndex() >= limits.maxListItems()) {
      throw limit(
          "listItems", context.getCurrentIndex() + 1L, limits.maxListItems(), "maxListItems");
    }
    if (recorder != null) {
      record(token, context);
    }
    return token;
  }

  /**
   * Records where a value starts, unless it is a member's (placed at its name) or above the record
   * (a stream's own array), and remembers a container's pointer for its members and items.
   *
   * @param token the value's first token
   * @param holder the context that holds the value, {@code null} for a root scalar
   */
  private void record(JsonToken token, JsonStreamContext holder) {
    int level = holder == null ? 0 : level(holder);
    int node;
    if (level < 1) {
      if (level < 0) {
        return;
      }
      node = place(null, -1);
    } else if (holder.inArray()) {
      node = place(null, holder.getCurrentIndex());
    } else {
      node = member;
    }
    if (token.isStructStart()) {
      if (level + 1 >= containers.length) {
        containers = Arrays.copyOf(containers, containers.length * 2);
      }
      containers[level + 1] = node;
    }
  }

  /** Records a value starting at the current token; returns its node. */
  private int place(String name, int index) {
    JsonLocation at = delegate.currentTokenLocation();
    return recorder.add(name, index, at.getLineNr(), at.getColumnNr());
  }

  /**
   * The names of one object: a short array scanned in order (the parser gives the same instance for
   * the same name, so most comparisons are by identity), a hash set past 16 names.
   */
  private static final class Names {
    private final String[] few = new String[16];
    private int count;
    private Set<String> many;

    /** Adds a name; false if it was there already. */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (few[i].equals(name)) {
          return false;
        }
      }
      if (count < few.length) {
        few[count++] = name;
        return true;
      }
      many = new HashSet<>(64);
      for (String known : few) {
        many.add(known);
      }
      return many.add(name);
    }

    void clear() {
      java.util.Arrays.fill(few, 0, count, null);
      count = 0;
      many = null;
    }
  }

  /** The depth of a context counted from the record: the record object is level 1. */
  private int level(JsonStreamContext context) {
    return context.getNestingDepth() - recordDepth + 1;
  }

  private RuntimeException limit(String key, long actual, long limit, String setting) {
    return Problems.limit(delegate, key, actual, limit, setting);
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasLoneSurrogate(char[] text, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end && text[i] < Character.MIN_SURROGATE) {
      i++;
    }
    for (; i < end; i++) {
      char c = text[i];
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (c <= Character.MAX_HIGH_SURROGATE
            && i + 1 < end
            && Character.isLowSurrogate(text[i + 1])) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
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
    return token == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Skipped values pass our checks too: token by token through this parser.
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private boolean atRecordLevel() {
    JsonStreamContext context = delegate.getParsingContext();
    return context.inObject() && context.getNestingDepth() == recordDepth;
  }
}
