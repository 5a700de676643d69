package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The documented defaults, the builder's checks, and the document length limit on every input. */
class ReadLimitsTest {

  private static final String DOCUMENT =
      "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"" + "x".repeat(200) + "\"}";
  private static final String XML_DOCUMENT =
      "<standard xmlns=\"urn:standar-pelayanan:1.0\">"
          + "<schemaVersion>1.0</schemaVersion><id>a</id><name>"
          + "x".repeat(200)
          + "</name></standard>";

  @Test
  void defaultsAreTheDocumentedOnes() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(limits.maxNestingDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(100_000);
    assertThat(limits.maxNumberLength()).isEqualTo(32);
    assertThat(ReadLimits.builder().build()).isEqualTo(limits).hasSameHashCodeAs(limits);
  }

  @Test
  void builderRejectsLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> ReadLimits.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentLength");
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void documentLengthIsLimitedForEveryKindOfInput() {
    ReadLimits small = ReadLimits.builder().maxDocumentLength(100).build();
    StandardsJson json = StandardsJson.builder().limits(small).build();
    StandardsXml xml = StandardsXml.builder().limits(small).build();
    byte[] jsonBytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    byte[] xmlBytes = XML_DOCUMENT.getBytes(StandardCharsets.UTF_8);
    for (Throwable thrown :
        new Throwable[] {
          catchThrowable(() -> json.readStandard(DOCUMENT)),
          catchThrowable(() -> json.readStandard(jsonBytes)),
          catchThrowable(() -> json.readStandard(new StringReader(DOCUMENT))),
          catchThrowable(() -> json.readStandard(new ByteArrayInputStream(jsonBytes))),
          catchThrowable(() -> xml.readStandard(XML_DOCUMENT)),
          catchThrowable(() -> xml.readStandard(xmlBytes)),
          catchThrowable(() -> xml.readStandard(new StringReader(XML_DOCUMENT))),
          catchThrowable(() -> xml.readStandard(new ByteArrayInputStream(xmlBytes)))
        }) {
      assertThat(thrown).isInstanceOf(StandardsReadException.class);
      StandardsReadException e = (StandardsReadException) thrown;
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
      assertThat(e.getArguments()).first().isEqualTo("documentLength");
    }
    assertThat(StandardsJson.builder().build().readStandard(DOCUMENT).getId()).contains("a");
    assertThat(StandardsXml.builder().build().readStandard(XML_DOCUMENT).getId()).contains("a");
  }

  @Test
  void rupiahBeyondALongIsOutOfRangeUnderDefaultLimits() {
    StandardsReadException e =
        (StandardsReadException)
            catchThrowable(
                () ->
                    StandardsJson.builder()
                        .build()
                        .readStandard(
                            "{\"schemaVersion\":\"1.0\",\"id\":"
                                + "\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":"
                                + "9223372036854775808}]}}"));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.NUMBER_OUT_OF_RANGE);
    assertThat(e.getPointer()).isEqualTo("/fee/items/0/amount");
    assertThat(e.getColumn()).isEqualTo(81);
  }
}
