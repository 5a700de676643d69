package id.standarpelayanan.io;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.internal.text.Printable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The one exception the codecs throw for input they refuse to read: malformed, of the wrong shape,
 * too large or unsafe. It tells where (line, column and the RFC 6901 JSON Pointer of the offending
 * value in the document as the JSON codec writes it, e.g. {@code
 * /standards/2/requirements/0/copies}), what ({@link #getCode()}) and, in a message a person can
 * act on, what is expected. Messages are Indonesian by default ({@link #getMessage()}) and English
 * on request ({@link #getMessage(Locale)}).
 *
 * <p>It is unchecked: a caller that reads untrusted input catches it where it can tell the user. It
 * never carries a parser exception as its cause, so no parser type or stack trace reaches the
 * caller; only an {@link ReadErrorCode#IO_FAILURE} carries the JDK {@link java.io.IOException} of
 * the caller's input as its cause. Text of the document in a message (names, values, pointers) is
 * escaped and shortened for printing; {@link #getArguments()} keeps it raw. Instances are
 * immutable.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class StandardsReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "id.standarpelayanan.io.Messages";

  /**
   * @serial what is wrong
   */
  private final ReadErrorCode code;

  /**
   * @serial the message arguments
   */
  private final List<String> arguments;

  /**
   * @serial the JSON Pointer of the offending value
   */
  private final String pointer;

  /**
   * @serial the line, 1-based, 0 if unknown
   */
  private final int line;

  /**
   * @serial the column, 1-based, 0 if unknown
   */
  private final int column;

  /**
   * @serial the record's index in a stream, -1 outside streams
   */
  private final long recordIndex;

  /**
   * Creates an exception. Meant for the codecs; callers catch it rather than create it.
   *
   * @param code what is wrong
   * @param arguments the message arguments (field names, expected kinds…), in the order of the
   *     message for {@code code}
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param recordIndex the 0-based index of the record in a stream, or -1 outside streams
   * @throws IllegalArgumentException if {@code pointer} is not an RFC 6901 JSON Pointer (see {@link
   *     Pointer#parse(String)})
   */
  public StandardsReadException(
      ReadErrorCode code,
      List<String> arguments,
      String pointer,
      int line,
      int column,
      long recordIndex) {
    this(code, arguments, pointer, line, column, recordIndex, null);
  }

  /**
   * Creates an exception caused by a failure of the caller's input. Meant for the codecs.
   *
   * @param code what is wrong, usually {@link ReadErrorCode#IO_FAILURE}
   * @param arguments the message arguments, in the order of the message for {@code code}
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param recordIndex the 0-based index of the record in a stream, or -1 outside streams
   * @param cause the input's exception (never a parser's), or {@code null}
   * @throws IllegalArgumentException if {@code pointer} is not an RFC 6901 JSON Pointer (see {@link
   *     Pointer#parse(String)})
   */
  public StandardsReadException(
      ReadErrorCode code,
      List<String> arguments,
      String pointer,
      int line,
      int column,
      long recordIndex,
      java.io.IOException cause) {
    super(Objects.requireNonNull(code, "code").name(), cause, false, true);
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = List.copyOf(arguments);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    // Fail fast here rather than in getPath(): a codec that made a malformed pointer has a bug.
    Pointer.parse(pointer);
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.recordIndex = recordIndex < 0 ? -1 : recordIndex;
  }

  /**
   * Returns what is wrong.
   *
   * @return the code
   */
  public ReadErrorCode getCode() {
    return code;
  }

  /**
   * Returns the message arguments, e.g. the unknown field's name.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> getArguments() {
    return arguments;
  }

  /**
   * Returns the RFC 6901 JSON Pointer of the offending value, in the document as the JSON codec
   * writes it (the same pointer for a JSON and an XML document).
   *
   * @return the pointer, {@code ""} for the document itself
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the JSON Pointer of the offending value as a {@link Pointer}: {@link #getPointer()}
   * read by {@link Pointer#parse(String)}.
   *
   * @return the pointer, {@link Pointer#root()} for the document itself
   */
  public Pointer getPath() {
    return Pointer.parse(pointer);
  }

  /**
   * Returns the line where the problem was found.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column where the problem was found.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns the index of the bad record when a streaming reader reports it.
   *
   * @return the 0-based index, empty outside streams
   */
  public OptionalLong getRecordIndex() {
    return recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex);
  }

  /**
   * Returns the message in Indonesian.
   *
   * @return the message, with location
   */
  @Override
  public String getMessage() {
    return getMessage(Languages.INDONESIAN);
  }

  /**
   * Returns the message in English when {@code locale} is English, otherwise in Indonesian.
   *
   * @param locale the language wanted
   * @return the message: where ({@code "At /id (line 1, column 9)"}, the document itself shown as
   *     "(document)"), then what is wrong and what is expected, as {@link #getDescription(Locale)}
   */
  public String getMessage(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Locale language = Languages.supported(locale);
    String shown = pointer.isEmpty() ? bundle.getString("where.document") : Printable.of(pointer);
    String where =
        recordIndex >= 0
            ? new MessageFormat(bundle.getString("where.record"), language)
                .format(new Object[] {recordIndex, shown, line, column})
            : new MessageFormat(bundle.getString("where"), language)
                .format(new Object[] {shown, line, column});
    return where + ": " + description(bundle, language);
  }

  /**
   * Returns what is wrong and what is expected, without the location (for a caller that prints the
   * location itself, as {@code file:line:column: description}), in English when {@code locale} is
   * English, otherwise in Indonesian.
   *
   * @param locale the language wanted
   * @return the description, with the document's text escaped and shortened for printing
   */
  public String getDescription(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return description(bundle(locale), Languages.supported(locale));
  }

  private static ResourceBundle bundle(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Languages.bundle(BUNDLE, locale, StandardsReadException.class.getModule());
  }

  private String description(ResourceBundle bundle, Locale language) {
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      String argument = arguments.get(i);
      args[i] =
          i == 0 && KEYED.contains(code) ? translate(bundle, argument) : Printable.of(argument);
    }
    // A message may have a form for each number of arguments: code.X.2, code.X.
    String key = "code." + code.name();
    String pattern =
        bundle.containsKey(key + "." + args.length)
            ? bundle.getString(key + "." + args.length)
            : bundle.getString(key);
    return new MessageFormat(pattern, language).format(args);
  }

  /** The codes whose first argument is a message key (a kind of value, a limit, a reason). */
  private static final java.util.Set<ReadErrorCode> KEYED =
      java.util.EnumSet.of(
          ReadErrorCode.WRONG_TYPE,
          ReadErrorCode.INVALID_VALUE,
          ReadErrorCode.NUMBER_OUT_OF_RANGE,
          ReadErrorCode.LIMIT_EXCEEDED,
          ReadErrorCode.UNEXPECTED_XML,
          ReadErrorCode.WRONG_DOCUMENT_KIND,
          ReadErrorCode.IO_FAILURE);

  private static String translate(ResourceBundle bundle, String argument) {
    try {
      return bundle.getString("arg." + argument);
    } catch (MissingResourceException e) {
      return Printable.of(argument);
    }
  }
}
