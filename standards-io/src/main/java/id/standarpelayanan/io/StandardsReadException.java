package id.standarpelayanan.io;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.ResourceBundle;

/**
 * The one exception the codecs throw for input they refuse to read: malformed, of the wrong
 * shape, too large or unsafe. It tells where (line, column and the RFC 6901 JSON Pointer of the
 * offending value in the document as the JSON codec writes it, e.g.
 * {@code /standards/2/requirements/0/copies}), what ({@link #getCode()}) and, in a message a person
 * can act on, what is expected. Messages are Indonesian by default ({@link #getMessage()}) and
 * English on request ({@link #getMessage(Locale)}).
 *
 * <p>It is unchecked: a caller that reads untrusted input catches it where it can tell the user.
 * It never carries a parser exception as its cause, so no parser type or stack trace reaches the
 * caller. Instances are immutable.
 */
public final class StandardsReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "id.standarpelayanan.io.Messages";

  /** @serial what is wrong */
  private final ReadErrorCode code;

  /** @serial the message arguments */
  private final List<String> arguments;

  /** @serial the JSON Pointer of the offending value */
  private final String pointer;

  /** @serial the line, 1-based, 0 if unknown */
  private final int line;

  /** @serial the column, 1-based, 0 if unknown */
  private final int column;

  /** @serial the record's index in a stream, -1 outside streams */
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
   */
  public StandardsReadException(
      ReadErrorCode code,
      List<String> arguments,
      String pointer,
      int line,
      int column,
      long recordIndex) {
    super(code.name(), null, false, true);
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = List.copyOf(arguments);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
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
   * @return the message: what is wrong, where, and what is expected
   */
  public String getMessage(Locale locale) {
    ResourceBundle bundle =
        Languages.bundle(BUNDLE, locale, StandardsReadException.class.getClassLoader());
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = translate(bundle, arguments.get(i));
    }
    Locale language = Languages.supported(locale);
    String what = new MessageFormat(bundle.getString("code." + code.name()), language).format(args);
    String where =
        recordIndex >= 0
            ? new MessageFormat(bundle.getString("where.record"), language)
                .format(new Object[] {recordIndex, shownPointer(), line, column})
            : new MessageFormat(bundle.getString("where"), language)
                .format(new Object[] {shownPointer(), line, column});
    return where + ": " + what;
  }

  private String shownPointer() {
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String translate(ResourceBundle bundle, String argument) {
    try {
      return bundle.getString("arg." + argument);
    } catch (MissingResourceException e) {
      return argument;
    }
  }
}
