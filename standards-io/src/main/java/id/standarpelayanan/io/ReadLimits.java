package id.standarpelayanan.io;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Limits that bound what reading one document (or one streamed record) may cost, so that a hostile
 * or broken document fails fast with a located {@link ReadErrorCode#LIMIT_EXCEEDED} instead of
 * exhausting memory or time. The defaults are far tighter than Jackson's own (which has no document
 * limit and allows 20 MB strings) and ample for real catalogues:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>setting</th></tr>
 *   <tr><td>{@link #maxDocumentLength() document length}</td><td>16 MiB (16,777,216 bytes, or
 *       characters for text input)</td><td>{@link Builder#maxDocumentLength(long)}</td></tr>
 *   <tr><td>{@link #maxRecordLength() record length} (streams)</td><td>4 MiB per record, and
 *       between records</td><td>{@link Builder#maxRecordLength(long)}</td></tr>
 *   <tr><td>{@link #maxNestingDepth() nesting depth}</td><td>64 levels of objects and arrays
 *       (elements that hold elements, in XML)</td><td>{@link Builder#maxNestingDepth(int)}</td></tr>
 *   <tr><td>{@link #maxStringLength() string length}</td><td>100,000 characters (also names,
 *       XML comments and processing instructions)</td><td>{@link Builder#maxStringLength(int)}</td></tr>
 *   <tr><td>{@link #maxNumberLength() number length}</td><td>32 characters</td>
 *       <td>{@link Builder#maxNumberLength(int)}</td></tr>
 *   <tr><td>{@link #maxValues() values}</td><td>500,000 per document or record (objects,
 *       arrays and scalars in JSON; elements in XML)</td><td>{@link Builder#maxValues(int)}</td></tr>
 *   <tr><td>{@link #maxListItems() list items}</td><td>10,000 items in any one list</td>
 *       <td>{@link Builder#maxListItems(int)}</td></tr>
 * </table>
 *
 * <p>Every document within the defaults can be read and checked in a 256 MB heap. For a stream of
 * many records ({@code streamArray}, {@code streamLines}, {@code streamCatalog}) the document
 * length and the list-item limit of the records' own list do not apply to the whole input: each
 * record, and the input between two records, is bounded by the record length instead, and the other
 * limits apply per record. Every limit may be raised up to {@link Integer#MAX_VALUE} (and {@link
 * Long#MAX_VALUE} for the lengths). Immutable and thread-safe.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class ReadLimits {

  /** Default {@link #maxDocumentLength()}: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** Default {@link #maxRecordLength()}: 4 MiB. */
  public static final long DEFAULT_MAX_RECORD_LENGTH = 4L * 1024 * 1024;

  /** Default {@link #maxNestingDepth()}: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default {@link #maxStringLength()}: 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default {@link #maxNumberLength()}: 32 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;

  /** Default {@link #maxValues()}: 500,000. */
  public static final int DEFAULT_MAX_VALUES = 500_000;

  /** Default {@link #maxListItems()}: 10,000. */
  public static final int DEFAULT_MAX_LIST_ITEMS = 10_000;

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxDocumentLength;
  private final long maxRecordLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxValues;
  private final int maxListItems;

  private ReadLimits(Builder builder) {
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxRecordLength = builder.maxRecordLength;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxValues = builder.maxValues;
    this.maxListItems = builder.maxListItems;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults described above
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from these limits.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentLength(maxDocumentLength)
        .maxRecordLength(maxRecordLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxValues(maxValues)
        .maxListItems(maxListItems);
  }

  /**
   * Returns the largest document read, in bytes (characters for a {@code Reader} or {@code
   * String}).
   *
   * @return the limit, positive
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the largest record of a stream, and the most input between two records, in bytes.
   *
   * @return the limit, positive
   */
  public long maxRecordLength() {
    return maxRecordLength;
  }

  /**
   * Returns the deepest nesting of objects and arrays (JSON) or of elements that hold elements
   * (XML), counted alike: the root is level 1.
   *
   * @return the limit, positive
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value, property or element name, XML text, comment or processing
   * instruction, in characters.
   *
   * @return the limit, positive
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number literal, in characters.
   *
   * @return the limit, positive
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the most values in one document, or in one record of a stream: objects, arrays and
   * scalars in JSON, elements in XML.
   *
   * @return the limit, positive
   */
  public int maxValues() {
    return maxValues;
  }

  /**
   * Returns the most items in any one list (array), such as a catalogue's standards or a
   * procedure's steps; a stream's records are not counted against it.
   *
   * @return the limit, positive
   */
  public int maxListItems() {
    return maxListItems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits that
        && maxDocumentLength == that.maxDocumentLength
        && maxRecordLength == that.maxRecordLength
        && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxValues == that.maxValues
        && maxListItems == that.maxListItems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentLength,
        maxRecordLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxValues,
        maxListItems);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentLength="
        + maxDocumentLength
        + ", maxRecordLength="
        + maxRecordLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxValues="
        + maxValues
        + ", maxListItems="
        + maxListItems
        + "}";
  }

  /** Builds {@link ReadLimits}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxRecordLength = DEFAULT_MAX_RECORD_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxValues = DEFAULT_MAX_VALUES;
    private int maxListItems = DEFAULT_MAX_LIST_ITEMS;

    private Builder() {}

    /**
     * Sets the largest document read.
     *
     * @param bytes bytes (characters for text input), positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDocumentLength(long bytes) {
      this.maxDocumentLength = positive(bytes, "maxDocumentLength");
      return this;
    }

    /**
     * Sets the largest record of a stream, and the most input between two records.
     *
     * @param bytes bytes, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxRecordLength(long bytes) {
      this.maxRecordLength = positive(bytes, "maxRecordLength");
      return this;
    }

    /**
     * Sets the deepest nesting.
     *
     * @param depth levels, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string.
     *
     * @param chars characters, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxStringLength(int chars) {
      this.maxStringLength = (int) positive(chars, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number literal.
     *
     * @param chars characters, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxNumberLength(int chars) {
      this.maxNumberLength = (int) positive(chars, "maxNumberLength");
      return this;
    }

    /**
     * Sets the most values in one document or record.
     *
     * @param count values, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxValues(int count) {
      this.maxValues = (int) positive(count, "maxValues");
      return this;
    }

    /**
     * Sets the most items in any one list.
     *
     * @param count items, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxListItems(int count) {
      this.maxListItems = (int) positive(count, "maxListItems");
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
