package id.standarpelayanan.io;

import java.util.Objects;

/**
 * Limits that bound what reading one document (or one streamed record) may cost, so that a hostile
 * or broken document fails fast instead of exhausting memory. The defaults are far tighter than
 * Jackson's own (which has no document limit and allows 20 MB strings) and ample for real
 * catalogues:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxDocumentLength() document length}</td><td>16 MiB (16,777,216 bytes, or
 *       characters for text input)</td></tr>
 *   <tr><td>{@link #maxNestingDepth() nesting depth}</td><td>64 levels of objects/arrays
 *       (elements in XML)</td></tr>
 *   <tr><td>{@link #maxStringLength() string length}</td><td>100,000 characters</td></tr>
 *   <tr><td>{@link #maxNumberLength() number length}</td><td>32 characters</td></tr>
 * </table>
 *
 * <p>For a stream of many records ({@code streamArray}, {@code streamLines},
 * {@code streamCatalog}) the document length limit does not apply to the whole input, only the
 * others. Immutable and thread-safe.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;

  private ReadLimits(Builder builder) {
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
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
   * Returns the largest document read, in bytes (characters for a {@code Reader} or
   * {@code String}).
   *
   * @return the limit, positive
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting of objects and arrays (JSON) or elements (XML).
   *
   * @return the limit, positive
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value or XML text, in characters.
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

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits that
        && maxDocumentLength == that.maxDocumentLength
        && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentLength=" + maxDocumentLength
        + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength + "}";
  }

  /** Builds {@link ReadLimits}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private long maxDocumentLength = 16L * 1024 * 1024;
    private int maxNestingDepth = 64;
    private int maxStringLength = 100_000;
    private int maxNumberLength = 32;

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
