package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The XML reader under hostile input (issue 13): Woodstox's failures, lazy ones included, come out
 * as located {@link StandardsReadException}s from every read and stream method; limits are found by
 * our own checks with the value, the limit and the setting; whitespace between elements is no
 * string; streams bound each record and the input between two; input failures are kept as cause and
 * VM errors pass unchanged.
 */
class XmlHostileReadingTest {

  private static final Duration GUARD = Duration.ofSeconds(30);
  private static final String NS = "urn:standar-pelayanan:1.0";
  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsXml LENIENT =
      StandardsXml.builder().ignoreUnknownFields(true).build();

  private static String standard(String body) {
    return "<standard xmlns=\""
        + NS
        + "\"><schemaVersion>1.1</schemaVersion>"
        + body
        + "</standard>";
  }

  private static String catalog(String standards) {
    return "<catalog xmlns=\""
        + NS
        + "\"><schemaVersion>1.1</schemaVersion><standards>"
        + standards
        + "</standards></catalog>";
  }

  private static String record(String id) {
    return "<standard><id>" + id + "</id><name>Layanan " + id + "</name></standard>";
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static StandardsReadException failure(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(StandardsReadException.class);
    return (StandardsReadException) thrown;
  }

  private static List<String> streamIds(StandardsXml codec, InputStream in) {
    List<String> ids = new ArrayList<>();
    try (Stream<ServiceStandard> records = codec.streamCatalog(in)) {
      records.forEach(s -> ids.add(s.getId().orElse("")));
    }
    return ids;
  }

  @Test
  void aLazyWoodstoxFailureIsLocatedInEveryMethod() {
    // &#x1; after other text: Woodstox throws its unchecked WstxLazyException from getText().
    String text = standard("<id>a</id><name>Layanan &#x1;</name>");
    for (StandardsXml codec : new StandardsXml[] {XML, LENIENT}) {
      List<StandardsReadException> failures =
          List.of(
              failure(() -> codec.readStandard(text)),
              failure(() -> codec.readStandard(text.getBytes(StandardCharsets.UTF_8))),
              failure(() -> codec.readStandard(bytes(text))),
              failure(() -> codec.readStandard(new java.io.StringReader(text))));
      for (StandardsReadException e : failures) {
        assertThat(e.getCode()).isEqualTo(ReadErrorCode.MALFORMED);
        assertThat(e.getPointer()).isEqualTo("/name");
        assertThat(e.getLine()).isEqualTo(1);
        assertThat(e.getColumn()).isGreaterThan(1);
        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage(Locale.ENGLISH)).contains("not well-formed XML");
        assertThat(e.getMessage(Locale.ROOT)).contains("bukan XML yang sah");
      }
    }
    String stream = catalog(record("a") + "<standard><id>b</id><name>x &#xFFFE;</name></standard>");
    StandardsReadException e = failure(() -> streamIds(XML, bytes(stream)));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.MALFORMED);
    assertThat(e.getRecordIndex()).hasValue(1L);
  }

  @Test
  void nestingDepthCountsElementsThatHoldElementsAsJsonDoes() {
    String deep64 = standard("<id>a</id>" + "<x>".repeat(63) + "<y>1</y>" + "</x>".repeat(63));
    assertThat(LENIENT.readStandard(deep64).getId().orElse("")).isEqualTo("a");
    String deep65 = standard("<id>a</id>" + "<x>".repeat(64) + "<y>1</y>" + "</x>".repeat(64));
    StandardsReadException e = failure(() -> LENIENT.readStandard(deep65));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
    assertThat(e.getArguments()).containsExactly("nestingDepth", "65", "64", "maxNestingDepth");
    assertThat(e.getDescription(Locale.ENGLISH))
        .isEqualTo("nesting depth 65 exceeds 64; ReadLimits.Builder.maxNestingDepth");
    assertThat(e.getDescription(Locale.ROOT))
        .isEqualTo(
            "kedalaman bersarang 65 melebihi batas 64; ubah dengan ReadLimits.Builder.maxNestingDepth");
  }

  @Test
  void stringLimitsNameTheLengthAndSpareWhitespaceBetweenElements() {
    StandardsReadException text =
        failure(
            () -> XML.readStandard(standard("<id>a</id><name>" + "a".repeat(100_001) + "</name>")));
    assertThat(text.getArguments())
        .containsExactly("stringLength", "100001", "100000", "maxStringLength");
    assertThat(text.getPointer()).isEqualTo("/name");
    StandardsReadException cdata =
        failure(
            () ->
                XML.readStandard(
                    standard("<id>a</id><name>x<![CDATA[" + "c".repeat(100_000) + "]]></name>")));
    assertThat(cdata.getArguments()).startsWith("stringLength", "100001");
    StandardsReadException comment =
        failure(
            () -> XML.readStandard("<!--" + "c".repeat(100_001) + "-->" + standard("<id>a</id>")));
    assertThat(comment.getArguments()).startsWith("stringLength", "100001");
    StandardsReadException pi =
        failure(() -> XML.readStandard(standard("<id>a</id><?p " + "d".repeat(100_001) + "?>")));
    assertThat(pi.getArguments()).startsWith("stringLength", "100001");
    StandardsReadException name =
        failure(() -> LENIENT.readStandard(standard("<id>a</id><" + "n".repeat(100_001) + "/>")));
    assertThat(name.getArguments()).startsWith("stringLength", "100001");
    StandardsReadException attribute =
        failure(
            () -> LENIENT.readStandard(standard("<id a=\"" + "v".repeat(100_001) + "\">a</id>")));
    assertThat(attribute.getArguments()).startsWith("stringLength", "100001");
    // 300,000 characters of whitespace between elements are no string.
    assertThat(
            XML.readStandard(
                    standard("<id>a</id>" + " \n\t".repeat(100_000) + "<name>Layanan a</name>"))
                .getId()
                .orElse(""))
        .isEqualTo("a");
  }

  @Test
  void listItemsAndValuesAreCountedByUs() {
    String items =
        standard(
            "<id>a</id><requirements>"
                + "<requirement><description>d</description></requirement>".repeat(10_001)
                + "</requirements>");
    StandardsReadException e = failure(() -> XML.readStandard(items));
    assertThat(e.getArguments()).containsExactly("listItems", "10001", "10000", "maxListItems");
    assertThat(e.getPointer()).isEqualTo("/requirements");
    StandardsXml few =
        StandardsXml.builder().limits(ReadLimits.builder().maxValues(10).build()).build();
    StandardsReadException values = failure(() -> few.readStandard(items));
    assertThat(values.getArguments()).containsExactly("values", "11", "10", "maxValues");
    // In a stream, each record's elements are counted afresh.
    String records = catalog(record("a") + record("b") + record("c"));
    assertThat(streamIds(few, bytes(records))).containsExactly("a", "b", "c");
  }

  @Test
  void largestLimitsConfigureWoodstoxWithoutOverflow() {
    ReadLimits largest =
        ReadLimits.builder()
            .maxNestingDepth(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxValues(Integer.MAX_VALUE)
            .maxListItems(Integer.MAX_VALUE)
            .maxDocumentLength(Long.MAX_VALUE)
            .maxRecordLength(Long.MAX_VALUE)
            .build();
    StandardsXml codec = StandardsXml.builder().limits(largest).build();
    String deep = standard("<id>a</id><name>" + "a".repeat(200_000) + "</name>");
    assertThat(codec.readStandard(deep).getName().orElse("")).hasSize(200_000);
    assertThat(streamIds(codec, bytes(catalog(record("a"))))).containsExactly("a");
  }

  @Test
  void aPrettyCatalogueOf25000StandardsReadsBack() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          StringBuilder records = new StringBuilder();
          for (int i = 0; i < 25_000; i++) {
            records.append(record("s" + i));
          }
          ReadLimits limits = ReadLimits.builder().maxListItems(25_000).build();
          StandardsXml compact = StandardsXml.builder().limits(limits).build();
          StandardsXml pretty = StandardsXml.builder().pretty(true).limits(limits).build();
          StandardsCatalog catalog = compact.readCatalog(catalog(records.toString()));
          String written = pretty.writeToString(catalog);
          assertThat(written).contains("\n    <standard>");
          assertThat(pretty.readCatalog(written)).isEqualTo(catalog);
          assertThat(streamIds(pretty, bytes(written))).hasSize(25_000);
          // With the default limits, the list is one item too long for the whole-document reader.
          assertThat(failure(() -> XML.readCatalog(written)).getArguments())
              .containsExactly("listItems", "10001", "10000", "maxListItems");
        });
  }

  @Test
  void endlessWhitespaceOrCommentInAStreamEndsWithARecordLengthLimit() {
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          ReadLimits limits = ReadLimits.builder().maxRecordLength(64 * 1024).build();
          StandardsXml codec = StandardsXml.builder().limits(limits).build();
          String head = catalog(record("a")).replace("</standards></catalog>", "");
          for (String endless : new String[] {" ", "\n"}) {
            InputStream in = new SequenceInputStream(bytes(head), new Endless(endless));
            List<String> ids = new ArrayList<>();
            Throwable thrown =
                catchThrowable(
                    () -> {
                      try (Stream<ServiceStandard> records = codec.streamCatalog(in)) {
                        records.forEach(s -> ids.add(s.getId().orElse("")));
                      }
                    });
            assertThat(ids).containsExactly("a");
            assertThat(thrown).isInstanceOf(StandardsReadException.class);
            StandardsReadException e = (StandardsReadException) thrown;
            assertThat(e.getArguments())
                .containsExactly("recordLength", "65537", "65536", "maxRecordLength");
            assertThat(e.getLine()).isGreaterThanOrEqualTo(1);
          }
          InputStream comment = new SequenceInputStream(bytes(head + "<!--"), new Endless("c"));
          StandardsReadException e = failure(() -> streamIds(codec, comment));
          assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
          assertThat(e.getArguments()).first().isIn("recordLength", "stringLength");
        });
  }

  @Test
  void aRecordOneCharacterPastTheRecordLengthIsRefusedAndTheOthersKept() {
    String big = "<standard><id>b</id><name>" + "b".repeat(1000) + "</name></standard>";
    long length = big.length();
    ReadLimits limits = ReadLimits.builder().maxRecordLength(length - 1).build();
    StandardsXml codec = StandardsXml.builder().limits(limits).build();
    StandardsReadException e = failure(() -> streamIds(codec, bytes(catalog(record("a") + big))));
    assertThat(e.getArguments()).first().isEqualTo("recordLength");
    assertThat(e.getRecordIndex()).hasValue(1L);
    ReadLimits enough = ReadLimits.builder().maxRecordLength(length).build();
    assertThat(
            streamIds(
                StandardsXml.builder().limits(enough).build(), bytes(catalog(record("a") + big))))
        .containsExactly("a", "b");
  }

  @Test
  void theDocumentLengthIsOursWithItsArguments() {
    StandardsXml codec =
        StandardsXml.builder().limits(ReadLimits.builder().maxDocumentLength(100).build()).build();
    String text = standard("<id>a</id><name>" + "a".repeat(200) + "</name>");
    StandardsReadException e = failure(() -> codec.readStandard(bytes(text)));
    assertThat(e.getArguments())
        .containsExactly("documentLength", "101", "100", "maxDocumentLength");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void theRecordWindowMovesWithTheRecordsWhateverTheirBytes() {
    // 2,000 records of 2- and 4-byte characters, each well within the limit, the whole far past it.
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      records
          .append("<standard><id>s")
          .append(i)
          .append("</id><name>")
          .append("\u00e9\ud83d\ude00".repeat(40))
          .append("</name></standard>\n");
    }
    StandardsXml codec =
        StandardsXml.builder().limits(ReadLimits.builder().maxRecordLength(1024).build()).build();
    assertThat(streamIds(codec, bytes(catalog(records.toString())))).hasSize(2000);
  }

  @Test
  void truncationIsTruncatedAndAnEmptyDocumentEmpty() {
    String whole = standard("<id>a</id><name>Layanan a</name>");
    for (int cut :
        new int[] {whole.indexOf("<id>") + 2, whole.indexOf("Layanan") + 3, whole.length() - 3}) {
      StandardsReadException e = failure(() -> XML.readStandard(whole.substring(0, cut)));
      assertThat(e.getCode()).as("cut at " + cut).isEqualTo(ReadErrorCode.TRUNCATED);
      assertThat(e.getLine()).isEqualTo(1);
    }
    String catalogue = catalog(record("a") + record("b"));
    StandardsReadException stream =
        failure(
            () -> streamIds(XML, bytes(catalogue.substring(0, catalogue.indexOf("Layanan b")))));
    assertThat(stream.getCode()).isEqualTo(ReadErrorCode.TRUNCATED);
    for (String empty : new String[] {"", "  \n", "<?xml version=\"1.0\"?>\n", "<!-- c -->"}) {
      StandardsReadException e = failure(() -> XML.readStandard(empty));
      assertThat(e.getCode()).as("'" + empty + "'").isEqualTo(ReadErrorCode.EMPTY_DOCUMENT);
      assertThat(e.getLine()).isGreaterThanOrEqualTo(1);
      assertThat(e.getColumn()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void trailingContentIsFoundByOurState() {
    String whole = standard("<id>a</id>");
    for (String trailing : new String[] {"<standard/>", "x", "<!-- fine --> y"}) {
      assertThat(failure(() -> XML.readStandard(whole + trailing)).getCode())
          .as(trailing)
          .isEqualTo(ReadErrorCode.TRAILING_CONTENT);
    }
    String catalogue = catalog(record("a"));
    assertThat(failure(() -> streamIds(XML, bytes(catalogue + "<catalog/>"))).getCode())
        .isEqualTo(ReadErrorCode.TRAILING_CONTENT);
  }

  @Test
  void anUnknownDeclaredEncodingIsInvalidEncodingLocated() {
    String text = "<?xml version=\"1.0\" encoding=\"bogus-8\"?>" + standard("<id>a</id>");
    for (Runnable read :
        new Runnable[] {
          () -> XML.readStandard(text.getBytes(StandardCharsets.UTF_8)),
          () -> streamIds(XML, bytes(text))
        }) {
      StandardsReadException e = failure(read);
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.INVALID_ENCODING);
      assertThat(e.getLine()).isEqualTo(1);
      assertThat(e.getColumn()).isEqualTo(1);
    }
  }

  @Test
  void xml11IsRefusedInEveryMethod() {
    String text = "<?xml version=\"1.1\"?>" + standard("<id>a</id>");
    for (StandardsXml codec : new StandardsXml[] {XML, LENIENT}) {
      StandardsReadException e = failure(() -> codec.readStandard(text));
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.UNEXPECTED_XML);
      assertThat(e.getArguments()).containsExactly("xmlVersion", "1.1");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("XML version", "1.1");
      assertThat(e.getMessage(Locale.ROOT)).contains("versi XML", "1.1");
      String stream = "<?xml version=\"1.1\"?>" + catalog(record("a"));
      assertThat(failure(() -> streamIds(codec, bytes(stream))).getCode())
          .isEqualTo(ReadErrorCode.UNEXPECTED_XML);
    }
  }

  @Test
  void anUndeclaredEntitySaysSoAndNamesIt() {
    StandardsReadException e =
        failure(() -> XML.readStandard(standard("<id>a</id><name>Layanan &foo;</name>")));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.MALFORMED);
    assertThat(e.getArguments()).containsExactly("XML", "foo");
    assertThat(e.getMessage(Locale.ENGLISH))
        .contains("&foo; is not declared")
        .doesNotContain("DOCTYPE");
    assertThat(e.getMessage(Locale.ROOT)).contains("&foo; tidak dideklarasikan");
  }

  @Test
  void aBareChildInExtensionsIsRefusedEvenWhenLenient() {
    String text = standard("<id>a</id><extensions><k>v</k></extensions>");
    for (StandardsXml codec : new StandardsXml[] {XML, LENIENT}) {
      StandardsReadException e = failure(() -> codec.readStandard(text));
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD);
      assertThat(e.getPointer()).isEqualTo("/extensions/k");
    }
  }

  @Test
  void anInputFailureIsKeptAsCauseAndVmErrorsPass() {
    byte[] head = catalog(record("a")).substring(0, 80).getBytes(StandardCharsets.UTF_8);
    IOException broken = new IOException("disk gone");
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(head),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw broken;
              }
            });
    StandardsReadException e = failure(() -> XML.readCatalog(failing));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.IO_FAILURE);
    assertThat(e.getCause()).isSameAs(broken);
    InputStream failingStream =
        new SequenceInputStream(
            new ByteArrayInputStream(head),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw broken;
              }
            });
    StandardsReadException s = failure(() -> streamIds(XML, failingStream));
    assertThat(s.getCode()).isEqualTo(ReadErrorCode.IO_FAILURE);
    assertThat(s.getCause()).isSameAs(broken);
    InputStream exhausted =
        new InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("test");
          }
        };
    assertThat(catchThrowable(() -> XML.readCatalog(exhausted)))
        .isInstanceOf(OutOfMemoryError.class);
    InputStream exhausted2 =
        new InputStream() {
          @Override
          public int read() {
            throw new StackOverflowError("test");
          }
        };
    assertThat(catchThrowable(() -> streamIds(XML, exhausted2)))
        .isInstanceOf(StackOverflowError.class);
  }

  /** An input that never ends, repeating one character. */
  private static final class Endless extends InputStream {
    private final byte value;

    Endless(String character) {
      this.value = (byte) character.charAt(0);
    }

    @Override
    public int read() {
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, value);
      return length;
    }
  }
}
