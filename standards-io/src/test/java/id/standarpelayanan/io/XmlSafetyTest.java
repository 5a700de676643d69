package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XML codec never processes a DTD, never reads a file and never opens a URL. */
class XmlSafetyTest {

  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsXml LENIENT =
      StandardsXml.builder().ignoreUnknownFields(true).build();
  private static final String BODY =
      "<standard xmlns=\"urn:standar-pelayanan:1.0\">"
          + "<schemaVersion>1.0</schemaVersion><id>a</id><name>&xxe;</name></standard>";

  @Test
  void externalFileEntityIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws IOException {
    String marker = "MARKER-" + Long.toHexString(System.nanoTime());
    Path secret = Files.writeString(dir.resolve("secret.txt"), marker);
    String document =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE standard [\n  <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">\n]>\n"
            + BODY;
    for (StandardsXml codec : new StandardsXml[] {XML, LENIENT}) {
      StandardsReadException e = refused(codec, document);
      assertThat(e.getLine()).isEqualTo(2);
      assertThat(e.getMessage()).doesNotContain(marker);
      assertThat(e.getArguments()).noneMatch(a -> a.contains(marker));
      assertThat(
              catchThrowable(
                  () ->
                      codec
                          .streamCatalog(
                              new ByteArrayInputStream(
                                  document
                                      .replace("standard", "catalog")
                                      .getBytes(StandardCharsets.UTF_8)))
                          .toList()))
          .isInstanceOf(StandardsReadException.class)
          .extracting(t -> ((StandardsReadException) t).getCode())
          .isEqualTo(ReadErrorCode.FORBIDDEN_DTD);
    }
  }

  @Test
  void externalHttpDtdAndEntityAreRefusedWithoutNetworkAccess() {
    // Port 9 (discard) on the loopback: a fetch attempt would fail with an I/O error, not with
    // FORBIDDEN_DTD, so the code proves nothing was fetched.
    StandardsReadException dtd =
        refused(
            XML,
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE standard SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
                + BODY);
    assertThat(dtd.getLine()).isEqualTo(2);
    refused(XML, "<!DOCTYPE standard [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">]>" + BODY);
    refused(XML, "<!DOCTYPE standard [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>" + BODY);
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE standard [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    dtd.append("]>\n");
    StandardsReadException e = refused(XML, dtd + BODY.replace("&xxe;", "&lol9;"));
    assertThat(e.getLine()).isEqualTo(1);
  }

  @Test
  void undeclaredEntityReferenceIsRefused() {
    assertThat(catchThrowable(() -> XML.readStandard(BODY)))
        .isInstanceOf(StandardsReadException.class);
  }

  @Test
  void predefinedEntitiesAndCharacterReferencesStillWork() {
    ServiceStandardAssert.readsName(XML, "&lt;Izin&gt; &amp; &#x4C;&#1575;", "<Izin> & L\u0627");
  }

  private static StandardsReadException refused(StandardsXml codec, String document) {
    Throwable thrown = catchThrowable(() -> codec.readStandard(document));
    assertThat(thrown).isInstanceOf(StandardsReadException.class).hasNoCause();
    StandardsReadException e = (StandardsReadException) thrown;
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.FORBIDDEN_DTD);
    return e;
  }

  /** Reads a standard whose name is given as XML text. */
  private static final class ServiceStandardAssert {
    static void readsName(StandardsXml codec, String xmlText, String expected) {
      assertThat(
              codec
                  .readStandard(
                      "<standard xmlns=\"urn:standar-pelayanan:1.0\">"
                          + "<schemaVersion>1.0</schemaVersion><id>a</id><name>"
                          + xmlText
                          + "</name></standard>")
                  .getName())
          .contains(expected);
    }
  }
}
