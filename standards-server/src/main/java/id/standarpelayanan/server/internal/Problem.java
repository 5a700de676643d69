package id.standarpelayanan.server.internal;

import id.standarpelayanan.reports.Outcome;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An answer that is an RFC 9457 problem: its status, its code (a {@code ReadErrorCode} for a
 * document, or one of the service's own), its detail in the request's language, and for a document
 * where it went wrong. Thrown by the handlers and written by {@link Endpoints}.
 */
public final class Problem extends Exception {
  private static final long serialVersionUID = 1L;

  /** The codes of the service's own problems, with their status. */
  public enum Code {
    /** No such resource. */
    NOT_FOUND(404),
    /** The method is not one the resource answers. */
    METHOD_NOT_ALLOWED(405),
    /** No answer in a media type the client accepts. */
    NOT_ACCEPTABLE(406),
    /** The body did not arrive in time. */
    BODY_TIMEOUT(408),
    /** The body is longer than the document length limit. */
    LIMIT_EXCEEDED(413),
    /** A media type the service does not read. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A query parameter with a value the service does not know. */
    BAD_PARAMETER(400),
    /** A JSON array or NDJSON given to the converter. */
    NOT_CONVERTIBLE(400),
    /** Every thread and the queue are busy. */
    OVERLOADED(503),
    /** A failure inside the library, not the client's. */
    INTERNAL(500);

    private final int status;

    Code(int status) {
      this.status = status;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
      return status;
    }
  }

  private final int status;
  private final String code;
  private final String key;
  private final Object[] arguments;
  private final String detail;
  private final Map<String, Object> place;
  private final Map<String, String> headers;

  private Problem(
      int status,
      String code,
      String key,
      Object[] arguments,
      String detail,
      Map<String, Object> place,
      Map<String, String> headers) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.key = key;
    this.arguments = arguments;
    this.detail = detail;
    this.place = place;
    this.headers = headers;
  }

  /**
   * Returns a problem of the service's own, its detail the message under {@code key}.
   *
   * @param code the code
   * @param key the message key
   * @param arguments the message's arguments
   * @return the problem
   */
  public static Problem of(Code code, String key, Object... arguments) {
    return new Problem(
        code.status(), code.name(), key, arguments.clone(), null, Map.of(), new TreeMap<>());
  }

  /**
   * Returns the problem of an unreadable document: 413 over a limit, 400 otherwise, with its code,
   * line, column, pointer and record.
   *
   * @param unreadable the outcome
   * @return the problem
   */
  public static Problem of(Outcome.Unreadable unreadable) {
    Map<String, Object> place = new TreeMap<>();
    if (unreadable.line() > 0) {
      place.put("line", unreadable.line());
      place.put("column", unreadable.column());
    }
    place.put("pointer", unreadable.pointer());
    if (unreadable.record() >= 0) {
      place.put("record", unreadable.record());
    }
    int status = "LIMIT_EXCEEDED".equals(unreadable.code()) ? 413 : 400;
    return new Problem(
        status,
        unreadable.code(),
        null,
        new Object[0],
        unreadable.message(),
        place,
        new TreeMap<>());
  }

  /**
   * Returns this problem with a response header.
   *
   * @param name the header's name
   * @param value its value
   * @return this problem
   */
  public Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the detail in a language.
   *
   * @param locale the language
   * @return the detail
   */
  public String detail(Locale locale) {
    return detail != null ? detail : Texts.message(locale, key, arguments);
  }

  /**
   * Returns where in the document it went wrong: line, column, pointer, record, as known.
   *
   * @return the place, possibly empty
   */
  public Map<String, Object> place() {
    return place;
  }

  /**
   * Returns the headers to answer with.
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "Problem[" + status + " " + Objects.toString(code) + "]";
  }
}
