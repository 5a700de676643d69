package id.standarpelayanan.publish.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.publish.pdf.PdfPublishException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XhtmlTest {

  @Test
  void keepsTextThatXmlAllowsUntouched() {
    String text = "Tab\tLF\nCR\r é — 中文 \uD83D\uDE00 \uFFFD";

    assertThat(Xhtml.xmlCharactersOnly(text)).isSameAs(text);
  }

  @Test
  void replacesControlCharactersUnpairedSurrogatesAndNonCharacters() {
    assertThat(Xhtml.xmlCharactersOnly("a\u0000b\u001Fc\uD800d\uDC00e\uFFFEf\uFFFF"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD");
  }

  @Property(tries = 200)
  void anyTextParsesOnceItsCharactersAreXml(@ForAll String text) {
    String escaped = Xhtml.xmlCharactersOnly(text).replace("&", "&amp;").replace("<", "&lt;");

    Document document = Xhtml.parse("<html lang=\"id\"><body><p>" + escaped + "</p></body></html>");

    // XML reads every line end as a line feed.
    assertThat(document.getDocumentElement().getTextContent())
        .isEqualTo(Xhtml.xmlCharactersOnly(text).replace("\r\n", "\n").replace('\r', '\n'));
  }

  @Test
  void readsTheHtmlNamespaceAndTheDoctype() {
    Document document =
        Xhtml.parse(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><title>T</title></head><body/></html>");

    assertThat(document.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/1999/xhtml");
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
  }

  @Test
  void refusesAnExternalDtdWithoutReadingIt() {
    String html =
        "<!DOCTYPE html SYSTEM \"http://192.0.2.1/x.dtd\"><html lang=\"id\"><body/></html>";

    Document document = Xhtml.parse(html);

    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
  }

  @Test
  void failsOnHtmlOnlySyntaxWithThePlace() {
    assertThatThrownBy(() -> Xhtml.parse("<html>\n<body>\n<br>\n</body></html>"))
        .isInstanceOfSatisfying(
            PdfPublishException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(PdfPublishException.Problem.MALFORMED_HTML);
              assertThat(e.line()).hasValue(4);
            });
  }
}
