package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.standarpelayanan.io.HostileInputs.Case;
import id.standarpelayanan.model.ServiceStandard;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every input of the hostile corpus ({@link HostileInputs}) through every read and stream
 * method of its format's codec, strict and lenient, from {@code byte[]}, {@code String} (when the
 * bytes are UTF-8), {@code InputStream} and {@code Reader}, streams with and without a handler:
 * only a value or a {@link StandardsReadException} comes out, each error is located, its messages
 * in both languages hold no control character, and the natural reader (the sidecar's {@code root})
 * gives the expected outcome and code.
 */
class HostileInputsTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TestFactory
  Stream<DynamicTest> jsonCorpus() {
    return HostileInputs.cases("json").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name() + ": " + c.what(),
                    () -> assertTimeoutPreemptively(HANG_GUARD, () -> checkJson(c))));
  }

  @TestFactory
  Stream<DynamicTest> xmlCorpus() {
    return HostileInputs.cases("xml").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name() + ": " + c.what(),
                    () -> assertTimeoutPreemptively(HANG_GUARD, () -> checkXml(c))));
  }

  /** What one call gave: a value (any object, or a count of records) or the exception. */
  private record Result(Object value, StandardsReadException error) {}

  /** What a stream with a handler gave. */
  private record Collected(
      int good, List<StandardsReadException> reported, StandardsReadException ended) {}

  private static void checkJson(Case c) {
    byte[] bytes = c.bytes();
    Optional<String> text = utf8(bytes);
    for (boolean lenient : new boolean[] {false, true}) {
      StandardsJson json = StandardsJson.builder().ignoreUnknownFields(lenient).build();
      Map<String, Result> results = new LinkedHashMap<>();
      readAll(json, bytes, text, results);
      results.put("streamArray", run(() -> count(json.streamArray(in(bytes)))));
      results.put("streamLines", run(() -> count(json.streamLines(in(bytes)))));
      Collected array = collect(handler -> json.streamArray(in(bytes), handler));
      Collected lines = collect(handler -> json.streamLines(in(bytes), handler));
      results.forEach((method, result) -> checkClean(c, lenient, method, result.error()));
      checkClean(c, lenient, "streamArray+handler", array);
      checkClean(c, lenient, "streamLines+handler", lines);
      switch (c.root()) {
        case "standard", "catalog" -> expectDocument(c, lenient, results);
        case "array" -> {
          expect(c, lenient, "streamArray", results.get("streamArray"));
          expectCollected(c, lenient, "streamArray+handler", array);
        }
        case "lines" -> {
          expect(c, lenient, "streamLines", results.get("streamLines"));
          expectCollected(c, lenient, "streamLines+handler", lines);
        }
        default -> throw new IllegalStateException("unknown root " + c.root());
      }
    }
  }

  private static void checkXml(Case c) {
    byte[] bytes = c.bytes();
    Optional<String> text = utf8(bytes);
    for (boolean lenient : new boolean[] {false, true}) {
      StandardsXml xml = StandardsXml.builder().ignoreUnknownFields(lenient).build();
      Map<String, Result> results = new LinkedHashMap<>();
      readAll(xml, bytes, text, results);
      results.put("streamCatalog", run(() -> count(xml.streamCatalog(in(bytes)))));
      Collected catalog = collect(handler -> xml.streamCatalog(in(bytes), handler));
      results.forEach((method, result) -> checkClean(c, lenient, method, result.error()));
      checkClean(c, lenient, "streamCatalog+handler", catalog);
      switch (c.root()) {
        case "standard", "catalog" -> expectDocument(c, lenient, results);
        default -> throw new IllegalStateException("unknown root for XML " + c.root());
      }
    }
  }

  /** The natural reader of a whole document gives the expected outcome from bytes and a stream. */
  private static void expectDocument(Case c, boolean lenient, Map<String, Result> results) {
    String method = "standard".equals(c.root()) ? "readStandard" : "readCatalog";
    expect(c, lenient, method + "(byte[])", results.get(method + "(byte[])"));
    expect(c, lenient, method + "(InputStream)", results.get(method + "(InputStream)"));
  }

  private static void readAll(
      StandardsCodec codec, byte[] bytes, Optional<String> text, Map<String, Result> results) {
    results.put("readCatalog(byte[])", run(() -> codec.readCatalog(bytes)));
    results.put("readCatalog(InputStream)", run(() -> codec.readCatalog(in(bytes))));
    results.put("readStandard(byte[])", run(() -> codec.readStandard(bytes)));
    results.put("readStandard(InputStream)", run(() -> codec.readStandard(in(bytes))));
    text.ifPresent(
        s -> {
          results.put("readCatalog(String)", run(() -> codec.readCatalog(s)));
          results.put("readCatalog(Reader)", run(() -> codec.readCatalog(new StringReader(s))));
          results.put("readStandard(String)", run(() -> codec.readStandard(s)));
          results.put("readStandard(Reader)", run(() -> codec.readStandard(new StringReader(s))));
        });
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** The bytes as a string, when they are UTF-8. */
  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static long count(Stream<ServiceStandard> records) {
    try (records) {
      return records.count();
    }
  }

  /** Runs a call: a value or our exception, anything else fails the test (and is rethrown). */
  private static Result run(Supplier<Object> call) {
    try {
      Object value = call.get();
      assertThat(value).isNotNull();
      return new Result(value, null);
    } catch (StandardsReadException e) {
      return new Result(null, e);
    }
  }

  private static Collected collect(
      java.util.function.Function<Consumer<StandardsReadException>, Stream<ServiceStandard>> open) {
    List<StandardsReadException> reported = new ArrayList<>();
    int[] good = {0};
    try (Stream<ServiceStandard> records = open.apply(reported::add)) {
      records.forEach(r -> good[0]++);
    } catch (StandardsReadException e) {
      return new Collected(good[0], reported, e);
    }
    return new Collected(good[0], reported, null);
  }

  private static void checkClean(Case c, boolean lenient, String method, Collected collected) {
    collected
        .reported()
        .forEach(
            e -> {
              checkClean(c, lenient, method, e);
              assertThat(e.getRecordIndex())
                  .as(label(c, lenient, method) + " record index")
                  .isPresent();
            });
    checkClean(c, lenient, method, collected.ended());
  }

  /** An error is located and its messages are clean, in both languages. */
  private static void checkClean(Case c, boolean lenient, String method, StandardsReadException e) {
    if (e == null) {
      return;
    }
    String label = label(c, lenient, method) + " gave " + e.getCode();
    assertThat(e.getLine() >= 1 && e.getColumn() >= 1 || !e.getPointer().isEmpty())
        .as(
            label
                + " is located (line "
                + e.getLine()
                + ", column "
                + e.getColumn()
                + ", pointer '"
                + e.getPointer()
                + "')")
        .isTrue();
    assertThat(e.getCause()).as(label + " has no parser exception as cause").isNull();
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
      String message = e.getMessage(locale);
      assertThat(message).as(label + " message").isNotBlank();
      message
          .codePoints()
          .forEach(
              cp ->
                  assertThat(printable(cp))
                      .as(
                          label + " message holds U+%04X: %s",
                          cp,
                          message.replaceAll("\\p{Cntrl}", "?"))
                      .isTrue());
    }
  }

  /** Neither a control, a line or paragraph separator, a bidi control nor a lone surrogate. */
  private static boolean printable(int cp) {
    int type = Character.getType(cp);
    return !Character.isISOControl(cp)
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SURROGATE
        && !(cp >= 0x202A && cp <= 0x202E)
        && !(cp >= 0x2066 && cp <= 0x2069)
        && cp != 0x200E
        && cp != 0x200F
        && cp != 0x061C;
  }

  private static void expect(Case c, boolean lenient, String method, Result result) {
    boolean value = lenient ? c.lenientValue() : c.value();
    Optional<ReadErrorCode> code = lenient ? c.lenientCode() : c.code();
    String label = label(c, lenient, method);
    if (value) {
      assertThat(result.error()).as(label + " should give a value").isNull();
    } else {
      assertThat(result.error()).as(label + " should fail").isNotNull();
      assertThat(result.error().getCode())
          .as(label + ": " + result.error().getMessage(Locale.ENGLISH))
          .isEqualTo(code.orElseThrow());
    }
  }

  private static void expectCollected(Case c, boolean lenient, String method, Collected collected) {
    boolean value = lenient ? c.lenientValue() : c.value();
    String label = label(c, lenient, method);
    if (!lenient && c.records().isPresent()) {
      assertThat(collected.good()).as(label + " good records").isEqualTo(c.records().getAsInt());
    }
    List<StandardsReadException> errors = new ArrayList<>(collected.reported());
    if (collected.ended() != null) {
      errors.add(collected.ended());
    }
    if (value) {
      assertThat(errors).as(label + " should report nothing").isEmpty();
    } else {
      ReadErrorCode code = (lenient ? c.lenientCode() : c.code()).orElseThrow();
      assertThat(errors).as(label + " should report an error").isNotEmpty();
      assertThat(errors.get(0).getCode())
          .as(label + ": " + errors.get(0).getMessage(Locale.ENGLISH))
          .isEqualTo(code);
    }
  }

  private static String label(Case c, boolean lenient, String method) {
    return c + " " + (lenient ? "lenient " : "strict ") + method;
  }
}
