package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Every page is also well-formed XML in the XHTML namespace (polyglot markup), so that XML-based
 * renderers (the PDF module's openhtmltopdf) read the same document a browser does.
 */
class WellFormedTest {

  @Test
  void everyLayoutOfTheSampleIsWellFormedXhtml() {
    for (Locale locale : Samples.LANGUAGES) {
      Publisher publisher = Samples.publisher(locale).build();
      Edition edition = publisher.edition(Samples.catalog());
      for (Layout layout : Layout.values()) {
        Document page = Xml.parse(publisher.html(edition, layout));
        assertThat(page.getDocumentElement().getNamespaceURI())
            .isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(locale.getLanguage());
      }
    }
  }
}
