package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonMappingException;
import id.standarpelayanan.io.internal.Problems;
import id.standarpelayanan.model.ServiceStandard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON reader under hostile input (issue 13): limits found by our own checks with the value,
 * the limit and the setting; NDJSON resynchronised at the next line; endless input bounded; lone
 * surrogates refused; VM errors never turned into data errors; input failures kept as cause;
 * messages located once, escaped, with plain values as arguments.
 */
class JsonHostileReadingTest {

  private static final Duration GUARD = Duration.ofSeconds(30);
  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsJson LENIENT =
      StandardsJson.builder().ignoreUnknownFields(true).build();

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String standard(String id) {
    return "{\"id\":\"" + id + "\",\"name\":\"Layanan " + id + "\"}";
  }

  private static StandardsReadException failure(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(StandardsReadException.class);
    return (StandardsReadException) thrown;
  }

  @Test
  void nestingDepthNamesTheValueTheLimitAndTheSettingInBothLanguages() {
    String deep = "{\"schemaVersion\":\"1.1\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
    StandardsReadException e = failure(() -> LENIENT.readStandard(deep));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
    assertThat(e.getArguments()).containsExactly("nestingDepth", "65", "64", "maxNestingDepth");
    assertThat(e.getDescription(Locale.ENGLISH))
        .isEqualTo("nesting depth 65 exceeds 64; ReadLimits.Builder.maxNestingDepth");
    assertThat(e.getDescription(Locale.forLanguageTag("id")))
        .isEqualTo(
            "kedalaman bersarang 65 melebihi batas 64; ubah dengan ReadLimits.Builder.maxNestingDepth");
    assertThat(e.getColumn()).isEqualTo("{\"schemaVersion\":\"1.1\",\"x\":".length() + 64);
    String within = "{\"schemaVersion\":\"1.1\",\"x\":" + "[".repeat(63) + "]".repeat(63) + "}";
    assertThat(LENIENT.readStandard(within)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "stringLength|{\"schemaVersion\":\"1.1\",\"name\":\"abcdefghijklmnopqrstu\"}|21|20",
        "stringLength|{\"schemaVersion\":\"1.1\",\"abcdefghijklmnopqrstu\":1}|21|20",
        "numberLength|{\"schemaVersion\":\"1.1\",\"staffing\":{\"implementerCount\":12345678901}}|11|10",
        "values|{\"schemaVersion\":\"1.1\",\"x\":[[1,2],[3,4],[5,6]]}|11|10",
        "listItems|{\"schemaVersion\":\"1.1\",\"deliveryChannels\":[\"ONLINE\",\"ONLINE\",\"ONLINE\",\"ONLINE\"]}|4|3"
      })
  void eachLimitIsFoundByOurOwnCheckWithItsValue(
      String key, String document, String actual, String limit) {
    ReadLimits limits =
        ReadLimits.builder()
            .maxStringLength(20)
            .maxNumberLength(10)
            .maxValues(10)
            .maxListItems(3)
            .build();
    StandardsJson json = StandardsJson.builder().limits(limits).ignoreUnknownFields(true).build();
    StandardsReadException e = failure(() -> json.readStandard(document));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
    String setting = "max" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    assertThat(e.getArguments()).containsExactly(key, actual, limit, setting);
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isPositive();
    assertThat(e.getMessage(Locale.ENGLISH)).contains("ReadLimits.Builder." + setting);
  }

  @Test
  void documentLengthIsOursAndLocated() {
    ReadLimits limits = ReadLimits.builder().maxDocumentLength(100).build();
    String document = "{\"schemaVersion\":\"1.1\",\"description\":\"" + "x".repeat(200) + "\"}";
    for (Runnable read :
        new Runnable[] {
          () -> StandardsJson.builder().limits(limits).build().readStandard(document),
          () ->
              StandardsJson.builder()
                  .limits(limits)
                  .build()
                  .readStandard(document.getBytes(StandardCharsets.UTF_8))
        }) {
      StandardsReadException e = failure(read);
      assertThat(e.getArguments())
          .containsExactly("documentLength", "101", "100", "maxDocumentLength");
      assertThat(e.getLine()).isEqualTo(1);
      assertThat(e.getColumn()).isPositive();
    }
  }

  @Test
  void limitsUpToTheLargestValuesWork() {
    ReadLimits largest =
        ReadLimits.builder()
            .maxDocumentLength(Long.MAX_VALUE)
            .maxRecordLength(Long.MAX_VALUE)
            .maxNestingDepth(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxValues(Integer.MAX_VALUE)
            .maxListItems(Integer.MAX_VALUE)
            .build();
    StandardsJson json = StandardsJson.builder().limits(largest).ignoreUnknownFields(true).build();
    String deep =
        "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"x\":" + "[".repeat(500) + "]".repeat(500) + "}";
    assertThat(json.readStandard(deep).getId()).contains("a");
    assertThat(json.readStandard(deep.getBytes(StandardCharsets.UTF_8)).getId()).contains("a");
    try (Stream<ServiceStandard> lines = json.streamLines(bytes(standard("a") + "\n"))) {
      assertThat(lines.count()).isEqualTo(1);
    }
    try (Stream<ServiceStandard> array = json.streamArray(bytes("[" + standard("a") + "]"))) {
      assertThat(array.count()).isEqualTo(1);
    }
  }

  @Test
  void ndjsonReportsEachBadLineWithItsPlaceAndReadsEveryFollowingLine() {
    String input =
        String.join(
                "\n",
                standard("a"),
                "{\"id\":\"b\",,}",
                standard("c"),
                "{\"id\":\"d\",\"id\":\"e\"}",
                "{\"id\":\"\\ud800\"}",
                standard("f") + standard("g"),
                "{\"id\":\"h\",\"name\":\"" + "x".repeat(100_001) + "\"}",
                "[1]",
                standard("i"))
            + "\n";
    byte[] withBadUtf8 =
        (input + "{\"id\":\"j?\"}\n" + standard("k")).getBytes(StandardCharsets.UTF_8);
    int question = indexOf(withBadUtf8, (byte) '?');
    withBadUtf8[question] = (byte) 0xFF;
    List<StandardsReadException> errors = new ArrayList<>();
    List<String> good;
    try (Stream<ServiceStandard> records =
        JSON.streamLines(new ByteArrayInputStream(withBadUtf8), errors::add)) {
      good = records.map(s -> s.getId().orElseThrow()).toList();
    }
    assertThat(good).containsExactly("a", "c", "i", "k");
    assertThat(errors)
        .extracting(StandardsReadException::getCode)
        .containsExactly(
            ReadErrorCode.MALFORMED,
            ReadErrorCode.DUPLICATE_FIELD,
            ReadErrorCode.INVALID_VALUE,
            ReadErrorCode.TRAILING_CONTENT,
            ReadErrorCode.LIMIT_EXCEEDED,
            ReadErrorCode.WRONG_TYPE,
            ReadErrorCode.INVALID_ENCODING);
    assertThat(errors)
        .extracting(e -> e.getRecordIndex().orElseThrow())
        .containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 9L);
    assertThat(errors)
        .extracting(StandardsReadException::getLine)
        .containsExactly(2, 4, 5, 6, 7, 8, 10);
    assertThat(errors.get(0).getColumn()).isEqualTo(11);
    assertThat(errors.get(1).getColumn()).isEqualTo(11);
    assertThat(errors.get(1).getPointer()).isEqualTo("/id");
    assertThat(errors.get(6).getColumn()).isEqualTo(9);
    assertThat(errors.get(0).getMessage(Locale.ENGLISH)).startsWith("In record 1 (0-based)");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException();
  }

  @Test
  void ndjsonFailFastStopsAtTheFirstBadLine() {
    try (Stream<ServiceStandard> records =
        JSON.streamLines(bytes(standard("a") + "\n{\"id\":\n" + standard("c")))) {
      var iterator = records.iterator();
      assertThat(iterator.next().getId()).contains("a");
      StandardsReadException e = failure(iterator::next);
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.TRUNCATED);
      assertThat(e.getLine()).isEqualTo(2);
    }
  }

  @Test
  void endlessWhitespaceAfterTheOpeningBracketEndsWithALocatedLimit() {
    ReadLimits small = ReadLimits.builder().maxRecordLength(64 * 1024).build();
    StandardsJson json = StandardsJson.builder().limits(small).build();
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          StandardsReadException e =
              failure(
                  () -> {
                    try (Stream<ServiceStandard> records = json.streamArray(endless("[", ' '))) {
                      records.count();
                    }
                  });
          assertThat(e.getArguments())
              .containsExactly("recordLength", "65537", "65536", "maxRecordLength");
          assertThat(e.getLine()).isEqualTo(1);
          assertThat(e.getColumn()).isPositive();
        });
  }

  @Test
  void anEndlessLineAndEndlessBlankLinesEndNdjsonWithALocatedLimit() {
    ReadLimits small = ReadLimits.builder().maxRecordLength(64 * 1024).build();
    StandardsJson json = StandardsJson.builder().limits(small).build();
    for (char filler : new char[] {' ', '\n'}) {
      assertTimeoutPreemptively(
          GUARD,
          () -> {
            List<String> good = new ArrayList<>();
            StandardsReadException e =
                failure(
                    () -> {
                      try (Stream<ServiceStandard> records =
                          json.streamLines(endless(standard("a") + "\n", filler), bad -> {})) {
                        records.forEach(s -> good.add(s.getId().orElseThrow()));
                      }
                    });
            assertThat(good).containsExactly("a");
            assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
            assertThat(e.getArguments()).first().isEqualTo("recordLength");
            assertThat(e.getLine()).isGreaterThanOrEqualTo(2);
          });
    }
  }

  /** A prefix, then the filler for ever. */
  private static InputStream endless(String prefix, char filler) {
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < start.length ? start[(int) position++] : (position++ >= 0 ? filler : -1);
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = (byte) read();
        }
        return length;
      }
    };
  }

  @Test
  void aDuplicateKeyInAnArrayRecordIsReportedAndTheNextRecordRead() {
    List<StandardsReadException> errors = new ArrayList<>();
    try (Stream<ServiceStandard> records =
        JSON.streamArray(
            bytes("[" + standard("a") + ",{\"id\":\"b\",\"id\":\"c\"}," + standard("d") + "]"),
            errors::add)) {
      assertThat(records.map(s -> s.getId().orElseThrow())).containsExactly("a", "d");
    }
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getCode()).isEqualTo(ReadErrorCode.DUPLICATE_FIELD);
              assertThat(e.getPointer()).isEqualTo("/1/id");
              assertThat(e.getRecordIndex()).hasValue(1);
            });
  }

  @Test
  void loneSurrogatesAreRefusedFromBytesAndTextAlike() {
    for (String escape : new String[] {"\\ud800", "\\udc00", "\\ud83d\\u0041", "x\\udbff"}) {
      String document = "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"name\":\"" + escape + "\"}";
      for (Runnable read :
          new Runnable[] {
            () -> JSON.readStandard(document),
            () -> JSON.readStandard(document.getBytes(StandardCharsets.UTF_8))
          }) {
        StandardsReadException e = failure(read);
        assertThat(e.getCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
        assertThat(e.getPointer()).isEqualTo("/name");
        assertThat(e.getLine()).isEqualTo(1);
        assertThat(e.getColumn()).isEqualTo(40);
      }
    }
    assertThat(
            JSON.readStandard("{\"schemaVersion\":\"1.1\",\"name\":\"\\ud83d\\ude00\"}").getName())
        .contains("\ud83d\ude00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "overlong slash,C0AF",
    "surrogate D800,EDA080",
    "beyond U+10FFFF,F4908080",
    "lone continuation,80",
    "cut sequence,E282"
  })
  void bytesThatAreNotUtf8AreFoundByOurCheckAtTheirPlace(String name, String hex) {
    byte[] head = "{\"schemaVersion\":\"1.1\",\n\"name\":\"ab".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] document = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, document, 0, head.length);
    System.arraycopy(bad, 0, document, head.length, bad.length);
    System.arraycopy(tail, 0, document, head.length + bad.length, tail.length);
    StandardsReadException e = failure(() -> JSON.readStandard(document));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.INVALID_ENCODING);
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(11);
  }

  @Test
  void theInputEndingWhereMoreIsExpectedIsTruncated() {
    for (String cut :
        new String[] {
          "{\"schemaVersion\":\"1.1\",",
          "{\"schemaVersion\":\"1.1\",\"id\"",
          "{\"schemaVersion\":\"1.1\",\"id\":",
          "{\"schemaVersion\":\"1.1\",\"id\":\"a"
        }) {
      assertThat(failure(() -> JSON.readStandard(cut)).getCode())
          .as(cut)
          .isEqualTo(ReadErrorCode.TRUNCATED);
      assertThat(failure(() -> JSON.readStandard(cut.getBytes(StandardCharsets.UTF_8))).getCode())
          .as(cut)
          .isEqualTo(ReadErrorCode.TRUNCATED);
    }
    assertThat(failure(() -> JSON.readStandard("{\"schemaVersion\":\"1.1\",,}")).getCode())
        .isEqualTo(ReadErrorCode.MALFORMED);
  }

  @Test
  void whatFollowsTheDocumentIsTrailingContentEvenWhenItDoesNotParse() {
    for (String after : new String[] {" {}", " xyz", " ]", "{\"schemaVersion\":\"1.1\"}"}) {
      StandardsReadException e =
          failure(() -> JSON.readStandard("{\"schemaVersion\":\"1.1\"}" + after));
      assertThat(e.getCode()).as(after).isEqualTo(ReadErrorCode.TRAILING_CONTENT);
      assertThat(e.getLine()).isEqualTo(1);
    }
  }

  @Test
  void virtualMachineErrorsPropagateAsThemselves() {
    Reader overflowing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            throw new StackOverflowError("deep");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> JSON.readStandard(overflowing))
        .isExactlyInstanceOf(StackOverflowError.class);
    // Jackson may wrap what a builder or deserializer threw: the VM error is still rethrown.
    OutOfMemoryError oom = new OutOfMemoryError("heap");
    assertThatThrownBy(
            () ->
                Problems.translate(
                    JsonMappingException.from(
                        (com.fasterxml.jackson.core.JsonParser) null, "wrapped", oom),
                    null))
        .isSameAs(oom);
    assertThatThrownBy(() -> Problems.translate(new IOException(new StackOverflowError()), null))
        .isExactlyInstanceOf(StackOverflowError.class);
  }

  @Test
  void inputFailuresKeepTheirJdkExceptionAsCauseAndSayWhatFailed() {
    IOException[] failures = {
      new NoSuchFileException("/data/standar.json"),
      new AccessDeniedException("/data/standar.json"),
      new IOException("reset")
    };
    String[][] expected = {
      {"noSuchFile", "/data/standar.json"}, {"accessDenied", "/data/standar.json"}, {}
    };
    String[] english = {"no such file", "permission denied", "the stream failed"};
    String[] indonesian = {"berkas tidak ada", "akses ditolak", "aliran data gagal"};
    for (int i = 0; i < failures.length; i++) {
      IOException failure = failures[i];
      StandardsReadException e =
          failure(
              () ->
                  JSON.readStandard(
                      new InputStream() {
                        @Override
                        public int read() throws IOException {
                          throw failure;
                        }
                      }));
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.IO_FAILURE);
      assertThat(e.getCause()).isSameAs(failure);
      assertThat(e.getArguments()).containsExactly(expected[i]);
      assertThat(e.getDescription(Locale.ENGLISH)).contains(english[i]);
      assertThat(e.getDescription(Locale.forLanguageTag("id"))).contains(indonesian[i]);
    }
  }

  @Test
  void theLocationIsPrintedOnceAndTheDocumentItselfIsNamed() {
    StandardsReadException e = failure(() -> JSON.readStandard("[]"));
    assertThat(e.getPointer()).isEmpty();
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("At (document) (line 1, column 1): " + e.getDescription(Locale.ENGLISH));
    assertThat(e.getMessage())
        .isEqualTo("Di (dokumen) (baris 1, kolom 1): " + e.getDescription(Locale.ROOT));
    assertThat(e.getDescription(Locale.ENGLISH))
        .isEqualTo("wrong kind of value; expected an object")
        .doesNotContain("line");
  }

  @Test
  void argumentsAreValuesAndDocumentTextIsEscapedOnlyWhenPrinted() {
    StandardsReadException e =
        failure(
            () -> JSON.readStandard("{\"schemaVersion\":\"1.1\",\"deliveryChannels\":[\"FAX\"]}"));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
    assertThat(e.getArguments()).hasSize(2).first().isEqualTo("enumConstant");
    assertThat(e.getArguments().get(1))
        .doesNotStartWith(" ")
        .doesNotContain("(")
        .contains("ONLINE");
    assertThat(e.getDescription(Locale.ENGLISH)).contains("one of the constants (").endsWith(")");

    StandardsReadException dirty =
        failure(() -> JSON.readStandard("{\"schemaVersion\":\"1.1\",\"\\u001b[2Jx\\ny\":1}"));
    assertThat(dirty.getArguments()).first().isEqualTo("\u001b[2Jx\ny");
    assertThat(dirty.getPointer()).isEqualTo("/\u001b[2Jx\ny");
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ROOT}) {
      assertThat(dirty.getMessage(locale)).doesNotContain("\u001b").doesNotContain("\n");
    }
  }
}
