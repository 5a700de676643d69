package id.standarpelayanan.io;

import java.util.Objects;

/**
 * The settings both codec builders share.
 *
 * @param <B> the concrete builder
 */
abstract sealed class CodecBuilder<B extends CodecBuilder<B>>
    permits StandardsJson.Builder, StandardsXml.Builder {

  boolean pretty;
  boolean ignoreUnknownFields;
  ReadLimits limits = ReadLimits.defaults();

  CodecBuilder() {}

  abstract B self();

  /**
   * Chooses indented output (two spaces, {@code \n} line breaks on every platform, a final line
   * break) or compact output (one line, the default).
   *
   * @param pretty whether to indent
   * @return this builder
   */
  public B pretty(boolean pretty) {
    this.pretty = pretty;
    return self();
  }

  /**
   * Chooses whether unknown fields (in XML also foreign elements and attributes) are ignored or
   * rejected ({@code false}, the default: strict reading). Nothing else changes: wrong types, a
   * missing or unsupported {@code schemaVersion}, limits and every other check apply either way.
   *
   * @param ignoreUnknownFields whether to ignore unknown fields
   * @return this builder
   */
  public B ignoreUnknownFields(boolean ignoreUnknownFields) {
    this.ignoreUnknownFields = ignoreUnknownFields;
    return self();
  }

  /**
   * Sets the read limits ({@link ReadLimits#defaults()} unless set).
   *
   * @param limits the limits
   * @return this builder
   */
  public B limits(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    return self();
  }
}
