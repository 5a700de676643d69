package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The XML writer never writes what the reader refuses, and refuses what the reader refuses: for
 * generated standards whose texts hold any UTF-16 code unit (controls, U+FFFE, U+FFFF, lone
 * surrogates, XML-special characters), the string and stream writers agree, what they write reads
 * back equal, and a text the writer refuses is refused by the reader when it arrives as character
 * references.
 */
class XmlWriterReaderAgreementProperties {

  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsXml PRETTY = StandardsXml.builder().pretty(true).build();

  @Provide
  Arbitrary<ServiceStandard> standards() {
    return StandardsArbitraries.draftStandards();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> hostile =
        Arbitraries.of(
            '\u0000', '\u0001', '\u001F', '\t', '\n', '\r', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF',
            '\uDC00', '\uDFFF', '<', '&', ']', '>', '"', '\u202E', '\u00E9');
    Arbitrary<Character> any = Arbitraries.chars().all();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.chars().alpha()),
            net.jqwik.api.Tuple.of(2, hostile),
            net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(12)
        .map(
            chars -> {
              StringBuilder b = new StringBuilder();
              chars.forEach(b::append);
              return b.toString();
            });
  }

  @Property(tries = 300)
  void writerAndReaderAgree(
      @ForAll("standards") ServiceStandard draft, @ForAll("texts") String text) {
    ServiceStandard standard = ImmutableServiceStandard.copyOf(draft).withDescription(text);
    for (StandardsXml codec : new StandardsXml[] {XML, PRETTY}) {
      Throwable toString = catchThrowable(() -> codec.writeToString(standard));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Throwable toStream = catchThrowable(() -> codec.write(standard, bytes));
      StringWriter chars = new StringWriter();
      Throwable toWriter = catchThrowable(() -> codec.write(standard, chars));
      boolean representable = xml10(text);
      if (representable) {
        assertThat(toString).isNull();
        assertThat(toStream).isNull();
        assertThat(toWriter).isNull();
        String written = codec.writeToString(standard);
        assertThat(XML.readStandard(written)).isEqualTo(standard);
        assertThat(XML.readStandard(bytes.toByteArray())).isEqualTo(standard);
        assertThat(chars.toString()).isEqualTo(written);
      } else {
        assertThat(toString).isInstanceOf(IllegalArgumentException.class);
        assertThat(toStream).isInstanceOf(IllegalArgumentException.class);
        assertThat(toWriter).isInstanceOf(IllegalArgumentException.class);
      }
    }
    // The reader's side, the text given as character references of its code units.
    String document =
        "<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.1"
            + "</schemaVersion><description>"
            + references(text)
            + "</description></standard>";
    Throwable read = catchThrowable(() -> XML.readStandard(document));
    if (xml10(text)) {
      assertThat(read).isNull();
      assertThat(XML.readStandard(document).getDescription()).hasValue(text);
    } else {
      assertThat(read).isInstanceOf(StandardsReadException.class);
    }
  }

  /** Whether every character is one XML 1.0 carries. */
  private static boolean xml10(String text) {
    return text.codePoints()
        .allMatch(
            cp ->
                cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** The text as character references, one per code point (a lone surrogate stays alone). */
  private static String references(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(cp -> b.append("&#x").append(Integer.toHexString(cp)).append(';'));
    return b.toString();
  }
}
