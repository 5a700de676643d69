package id.standarpelayanan.io;

import org.apiguardian.api.API;

/**
 * What is wrong with a document that a codec refused to read. Each code has a message in Indonesian
 * and English ({@link StandardsReadException#getMessage(java.util.Locale)}); the codes are API and
 * keep their meaning.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ReadErrorCode {
  /** The input holds nothing but whitespace. */
  EMPTY_DOCUMENT,
  /** The input ends in the middle of a value. */
  TRUNCATED,
  /** The input is not well-formed JSON or XML. */
  MALFORMED,
  /**
   * The bytes are not valid UTF-8 (RFC 3629, by our own check for JSON) or not the declared
   * encoding, or the declared encoding is unknown.
   */
  INVALID_ENCODING,
  /** Something follows the root value or element. */
  TRAILING_CONTENT,
  /** The root {@code schemaVersion} is missing. */
  MISSING_SCHEMA_VERSION,
  /** The root {@code schemaVersion} is not one this library reads ("1.0" or "1.1"). */
  UNSUPPORTED_SCHEMA_VERSION,
  /** A field or element that the format does not define (strict mode only). */
  UNKNOWN_FIELD,
  /** A JSON key given twice in one object, or an XML element repeated where only one is allowed. */
  DUPLICATE_FIELD,
  /** A value of the wrong kind, e.g. text where a number or an object is expected. */
  WRONG_TYPE,
  /** A required field is missing. */
  MISSING_FIELD,
  /** A {@code null} where a value is required (absent values are left out instead). */
  NULL_VALUE,
  /**
   * A value of the right kind but not allowed: unknown enum constant, bad date, negative amount, a
   * JSON string with a lone surrogate escape (argument {@code unicodeText}).
   */
  INVALID_VALUE,
  /** A number outside the range of its field, or a fraction where a whole number is expected. */
  NUMBER_OUT_OF_RANGE,
  /**
   * The document exceeds a {@link ReadLimits limit}: size, nesting depth, string or number length.
   */
  LIMIT_EXCEEDED,
  /** An XML document type declaration (DTD) or entity: refused, never resolved. */
  FORBIDDEN_DTD,
  /** An XML attribute, or an element outside the namespace {@code urn:standar-pelayanan:1.0}. */
  UNEXPECTED_XML,
  /**
   * The document is of the other kind: a catalogue read as one standard ({@code readStandard}) or a
   * standard read as a catalogue ({@code readCatalog}). Told by the root: in JSON a top-level
   * property only the other kind has (in strict mode), in XML the other root element. The arguments
   * are the kind found ({@code catalog} or {@code standard}) and the method that reads it.
   */
  WRONG_DOCUMENT_KIND,
  /**
   * The input could not be read (the stream failed); the input's {@link java.io.IOException} is the
   * exception's cause.
   */
  IO_FAILURE
}
