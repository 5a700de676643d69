package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Creates {@link StandardsReadException}s, and turns every parser or binder failure into one, so
 * that no Jackson or StAX type reaches a caller.
 */
public final class Problems {

  private Problems() {}

  /**
   * Returns an exception located at the parser's current token.
   *
   * @param p the parser
   * @param code what is wrong
   * @param arguments the message arguments
   * @return the exception
   */
  public static StandardsReadException at(JsonParser p, ReadErrorCode code, String... arguments) {
    return problem(code, pointerOf(p.getParsingContext()), p.currentTokenLocation(), arguments);
  }

  static StandardsReadException wrongType(JsonParser p, String expected) {
    return at(p, ReadErrorCode.WRONG_TYPE, expected);
  }

  static StandardsReadException invalidValue(JsonParser p, String expected) {
    return at(p, ReadErrorCode.INVALID_VALUE, expected);
  }

  static StandardsReadException numberOutOfRange(JsonParser p) {
    return numberOutOfRange(p, "wholeRupiah");
  }

  static StandardsReadException numberOutOfRange(JsonParser p, String expected) {
    return at(p, ReadErrorCode.NUMBER_OUT_OF_RANGE, expected);
  }

  /**
   * Returns an exception at a known place.
   *
   * @param code what is wrong
   * @param pointer the JSON Pointer
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @param arguments the message arguments
   * @return the exception
   */
  public static StandardsReadException of(
      ReadErrorCode code, String pointer, int line, int column, String... arguments) {
    return new StandardsReadException(code, List.of(arguments), pointer, line, column, -1);
  }

  /**
   * Returns an exception at a known place.
   *
   * @param code what is wrong
   * @param pointer the JSON Pointer
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @param arguments the message arguments
   * @return the exception
   */
  public static StandardsReadException of(
      ReadErrorCode code, Pointer pointer, int line, int column, String... arguments) {
    return of(code, pointer.toString(), line, column, arguments);
  }

  /**
   * Tells a document of the other kind from a document with an unknown field: when reading a whole
   * document of one kind stopped at a top-level property only the other kind has, the document is
   * of the other kind ({@link ReadErrorCode#WRONG_DOCUMENT_KIND}, at the same place).
   *
   * @param e what reading threw
   * @param asked {@link StandardsCatalog} or {@link ServiceStandard}, the kind asked for
   * @return the exception to throw: {@code e} itself or the wrong-kind one
   */
  public static StandardsReadException wrongKind(StandardsReadException e, Class<?> asked) {
    if (e.getCode() != ReadErrorCode.UNKNOWN_FIELD || e.getPath().size() != 1) {
      return e;
    }
    Class<?> other =
        asked == StandardsCatalog.class ? ServiceStandard.class : StandardsCatalog.class;
    String field = e.getPath().token(0);
    if (ModelIntrospector.PROPERTY_ORDER.get(asked).contains(field)
        || !ModelIntrospector.PROPERTY_ORDER.get(other).contains(field)) {
      return e;
    }
    return wrongKind(other, e.getLine(), e.getColumn());
  }

  /**
   * Returns the exception for a document of the other kind.
   *
   * @param found {@link StandardsCatalog} or {@link ServiceStandard}, the kind the document is
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @return the exception, at the document's root
   */
  public static StandardsReadException wrongKind(Class<?> found, int line, int column) {
    boolean catalog = found == StandardsCatalog.class;
    return of(
        ReadErrorCode.WRONG_DOCUMENT_KIND,
        "",
        line,
        column,
        catalog ? "catalog" : "standard",
        catalog ? "readCatalog" : "readStandard");
  }

  /**
   * Returns a copy of an exception with another pointer, location and record index.
   *
   * @param e the exception
   * @param pointer the pointer
   * @param line the line
   * @param column the column
   * @param recordIndex the record index, -1 for none
   * @return the copy
   */
  public static StandardsReadException relocate(
      StandardsReadException e, String pointer, int line, int column, long recordIndex) {
    return new StandardsReadException(
        e.getCode(),
        e.getArguments(),
        pointer,
        line,
        column,
        recordIndex,
        e.getCause() instanceof IOException cause ? cause : null);
  }

  /**
   * Returns the RFC 6901 pointer of a parsing context.
   *
   * @param context the context
   * @return the pointer
   */
  public static String pointerOf(JsonStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * Returns a located {@link ReadErrorCode#LIMIT_EXCEEDED} at the parser's current token.
   *
   * @param p the parser
   * @param key the limit's key (nestingDepth, stringLength…)
   * @param actual the value found, or the first value past the limit when it is not known
   * @param limit the limit
   * @param setting the {@code ReadLimits.Builder} method that sets it
   * @return the exception
   */
  public static StandardsReadException limit(
      JsonParser p, String key, long actual, long limit, String setting) {
    return at(
        p, ReadErrorCode.LIMIT_EXCEEDED, key, Long.toString(actual), Long.toString(limit), setting);
  }

  /**
   * Returns a {@link ReadErrorCode#LIMIT_EXCEEDED} at a known place, with the arguments of the
   * contract: [key, actual, limit, setting].
   *
   * @param key the limit's key (documentLength, recordLength, nestingDepth, stringLength,
   *     numberLength, values, listItems)
   * @param actual the value found, or the first value past the limit when it is not known
   * @param limit the limit
   * @param pointer the JSON Pointer
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @return the exception
   */
  public static StandardsReadException limit(
      String key, long actual, long limit, String pointer, int line, int column) {
    return of(
        ReadErrorCode.LIMIT_EXCEEDED,
        pointer,
        line,
        column,
        key,
        Long.toString(actual),
        Long.toString(limit),
        setting(key));
  }

  /**
   * Returns a {@link ReadErrorCode#LIMIT_EXCEEDED} at a known place (see {@link #limit(String,
   * long, long, String, int, int)}).
   *
   * @param key the limit's key
   * @param actual the value found
   * @param limit the limit
   * @param pointer the JSON Pointer
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @return the exception
   */
  public static StandardsReadException limit(
      String key, long actual, long limit, Pointer pointer, int line, int column) {
    return limit(key, actual, limit, pointer.toString(), line, column);
  }

  /**
   * Returns the {@code ReadLimits.Builder} method that sets a limit.
   *
   * @param key the limit's key
   * @return the method's name
   */
  public static String setting(String key) {
    return "max" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /**
   * Translates any failure of reading into the documented exception, by the failure's type and our
   * own checks' exceptions, never by message text. A {@link VirtualMachineError} anywhere in the
   * chain is rethrown as itself; an {@link IOException} of the caller's input becomes {@link
   * ReadErrorCode#IO_FAILURE} with that exception as cause.
   *
   * @param failure what was thrown
   * @param parser the parser in use, if any (for the location of syntax errors)
   * @return the exception to throw
   */
  public static StandardsReadException translate(Throwable failure, JsonParser parser) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof VirtualMachineError e) {
        throw e;
      }
    }
    JsonProcessingException streamFailure = null;
    IOException inputFailure = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StandardsReadException e) {
        // A copy made here: the original may have been created deep inside the parser's frames.
        return relocate(
            e, e.getPointer(), e.getLine(), e.getColumn(), e.getRecordIndex().orElse(-1));
      }
      if (t instanceof LimitedInput.TooLong e) {
        JsonLocation location = parser == null ? null : parser.currentLocation();
        return limit(
            e.key,
            saturatedIncrement(e.limit),
            e.limit,
            parser == null ? "" : pointerOf(parser.getParsingContext()),
            location == null ? 0 : Math.max(1, location.getLineNr()),
            location == null ? 0 : Math.max(1, location.getColumnNr()));
      }
      if (t instanceof LimitedInput.NotUtf8 e) {
        return of(
            ReadErrorCode.INVALID_ENCODING,
            parser == null ? "" : pointerOf(parser.getParsingContext()),
            e.line,
            e.column);
      }
      if (t instanceof CharConversionException) {
        // The JDK's and Jackson's decoders of UTF-16 and UTF-32.
        return located(t, parser, ReadErrorCode.INVALID_ENCODING);
      }
      if ((t instanceof StreamReadException || t instanceof StreamConstraintsException)
          && streamFailure == null) {
        streamFailure = (JsonProcessingException) t;
      }
      if (t instanceof IOException e
          && !(t instanceof JsonProcessingException)
          && inputFailure == null) {
        inputFailure = e;
      }
    }
    // A parser failure met while binding arrives wrapped in a binding exception: the parser's
    // failure is the one to report.
    if (streamFailure instanceof JsonEOFException e) {
      return located(e, parser, ReadErrorCode.TRUNCATED);
    }
    if (streamFailure instanceof StreamConstraintsException e) {
      // Jackson's own limits are set above ours, so this is not reached; located all the same.
      return located(e, parser, ReadErrorCode.LIMIT_EXCEEDED);
    }
    if (streamFailure instanceof InputCoercionException e) {
      return atToken(e, parser, ReadErrorCode.NUMBER_OUT_OF_RANGE, kindOf(e.getTargetType()));
    }
    if (streamFailure != null) {
      return located(streamFailure, parser, ReadErrorCode.MALFORMED, "JSON");
    }
    if (failure instanceof UnrecognizedPropertyException e) {
      List<String> known = new ArrayList<>();
      Collection<Object> ids = e.getKnownPropertyIds();
      if (ids != null) {
        ids.forEach(id -> known.add(String.valueOf(id)));
      }
      return mapped(
          e,
          parser,
          ReadErrorCode.UNKNOWN_FIELD,
          e.getPropertyName(),
          String.join(", ", new TreeSet<>(known)));
    }
    if (failure instanceof InvalidFormatException e) {
      return invalidFormat(e, parser);
    }
    if (failure instanceof MismatchedInputException e) {
      return mapped(e, parser, ReadErrorCode.WRONG_TYPE, kindOf(e.getTargetType()));
    }
    if (failure instanceof JsonMappingException e) {
      return fromBuilder(e, parser);
    }
    if (inputFailure != null) {
      return ioFailure(inputFailure, parser);
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("unexpected failure", failure);
  }

  /**
   * Returns {@link ReadErrorCode#IO_FAILURE} for a failure of the caller's input, with it as cause
   * and, for the file system's failures, the reason and the file as arguments.
   *
   * @param failure the input's exception
   * @param parser the parser in use, if any
   * @return the exception
   */
  public static StandardsReadException ioFailure(IOException failure, JsonParser parser) {
    JsonLocation location = parser == null ? null : parser.currentLocation();
    String pointer = parser == null ? "" : pointerOf(parser.getParsingContext());
    return ioFailure(
        failure,
        pointer,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr());
  }

  /**
   * Returns {@link ReadErrorCode#IO_FAILURE} at a known place, with the input's exception as cause:
   * {@code NoSuchFileException} (noSuchFile), {@code AccessDeniedException} (accessDenied) and
   * other {@code FileSystemException}s (fileSystem) name the reason and the file.
   *
   * @param failure the input's exception
   * @param pointer the JSON Pointer
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @return the exception
   */
  public static StandardsReadException ioFailure(
      IOException failure, String pointer, int line, int column) {
    List<String> arguments;
    if (failure instanceof NoSuchFileException e) {
      arguments = List.of("noSuchFile", String.valueOf(e.getFile()));
    } else if (failure instanceof AccessDeniedException e) {
      arguments = List.of("accessDenied", String.valueOf(e.getFile()));
    } else if (failure instanceof FileSystemException e) {
      arguments = List.of("fileSystem", String.valueOf(e.getFile()));
    } else {
      arguments = List.of();
    }
    return new StandardsReadException(
        ReadErrorCode.IO_FAILURE, arguments, pointer, line, column, -1, failure);
  }

  private static long saturatedIncrement(long value) {
    return value == Long.MAX_VALUE ? value : value + 1;
  }

  /** Locates a problem at the start of the token the parser stands on (the offending value). */
  private static StandardsReadException atToken(
      JsonProcessingException failure, JsonParser parser, ReadErrorCode code, String... arguments) {
    if (parser == null) {
      return located(failure, null, code, arguments);
    }
    return at(parser, code, arguments);
  }

  private static StandardsReadException located(
      Throwable failure, JsonParser parser, ReadErrorCode code, String... arguments) {
    JsonLocation location = null;
    JsonParser source = parser;
    if (failure instanceof JsonProcessingException e) {
      location = e.getLocation();
    }
    if (failure instanceof JsonParseException e && e.getProcessor() != null) {
      source = e.getProcessor();
    }
    if (location == null && source != null) {
      location = source.currentLocation();
    }
    String pointer = source == null ? "" : pointerOf(source.getParsingContext());
    return problem(code, pointer, location, arguments);
  }

  private static StandardsReadException problem(
      ReadErrorCode code, String pointer, JsonLocation location, String... arguments) {
    return new StandardsReadException(
        code,
        List.of(arguments),
        pointer,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        -1);
  }

  private static StandardsReadException mapped(
      JsonMappingException e, JsonParser parser, ReadErrorCode code, String... arguments) {
    return mappedAt(e, parser, pathOf(e), code, arguments);
  }

  private static StandardsReadException mappedAt(
      JsonMappingException e,
      JsonParser parser,
      String pointer,
      ReadErrorCode code,
      String... arguments) {
    // The parser stands on the offending token: report where that token starts.
    JsonLocation location = parser != null ? parser.currentTokenLocation() : e.getLocation();
    return problem(code, pointer, location, arguments);
  }

  private static StandardsReadException invalidFormat(InvalidFormatException e, JsonParser parser) {
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      String constants =
          Arrays.stream(target.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return mapped(e, parser, ReadErrorCode.INVALID_VALUE, "enumConstant", constants);
    }
    // Otherwise a value of one JSON kind given where another is expected (a coercion refused).
    return mapped(e, parser, ReadErrorCode.WRONG_TYPE, kindOf(target));
  }

  private static StandardsReadException fromBuilder(JsonMappingException e, JsonParser parser) {
    // Required properties and negative amounts are checked before a builder is called
    // (ModelModule), so what reaches here is a value no builder accepts for another reason.
    if (e.getCause() instanceof NullPointerException) {
      return mapped(e, parser, ReadErrorCode.NULL_VALUE);
    }
    if (e instanceof InvalidDefinitionException || e instanceof ValueInstantiationException) {
      // No way to build the value from what was given (e.g. text where an object is expected).
      return mapped(e, parser, ReadErrorCode.WRONG_TYPE, "object");
    }
    return mapped(e, parser, ReadErrorCode.INVALID_VALUE, "validValue");
  }

  private static String pathOf(JsonMappingException e) {
    Pointer pointer = Pointer.root();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        pointer = pointer.child(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        pointer = pointer.index(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  /**
   * Names the kind of JSON value a Java type is written as, for messages.
   *
   * @param type the target type, may be {@code null}
   * @return a message argument key
   */
  static String kindOf(Object type) {
    Class<?> raw =
        type instanceof JavaType javaType
            ? javaType.getRawClass()
            : type instanceof Class<?> c ? c : Object.class;
    if (raw == String.class) {
      return "string";
    }
    if (isWhole(raw)) {
      return "integer";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "boolean";
    }
    if (raw == LocalDate.class) {
      return "date";
    }
    if (raw == LocalTime.class) {
      return "time";
    }
    if (raw.isEnum()) {
      return "enumConstant";
    }
    if (Iterable.class.isAssignableFrom(raw) || raw.isArray()) {
      return "array";
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "stringMap";
    }
    if (raw == Optional.class) {
      return "value";
    }
    return "object";
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
  }
}
