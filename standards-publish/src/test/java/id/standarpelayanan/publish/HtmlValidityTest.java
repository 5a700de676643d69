package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Nu Html Checker finds no error and no warning in any page of the sample, in either language.
 */
class HtmlValidityTest {

  @Test
  void everyLayoutOfTheSamplePassesTheNuHtmlChecker() throws Exception {
    NuHtmlChecker checker = new NuHtmlChecker();
    for (Locale locale : Samples.LANGUAGES) {
      Publisher publisher = Samples.publisher(locale).build();
      Edition edition = publisher.edition(Samples.catalog());
      for (Layout layout : Layout.values()) {
        List<String> problems = checker.check(publisher.html(edition, layout));
        assertThat(problems).as("%s in %s", layout, locale).isEmpty();
      }
    }
  }

  @Test
  void aDraftWithMissingComponentsHostileTextAndListedErrorsPassesTheNuHtmlChecker()
      throws Exception {
    StandardsCatalog catalog =
        StandardsCatalog.builder()
            .addStandard(
                ServiceStandard.builder()
                    .setName("<b>Layanan</b> {{t.draft}} & \"kutip\"")
                    .setUnit("Unit <i>x</i>")
                    .build())
            .addStandard(ServiceStandard.builder().build())
            .build();
    NuHtmlChecker checker = new NuHtmlChecker();
    for (Locale locale : Samples.LANGUAGES) {
      for (boolean insist : new boolean[] {false, true}) {
        Publisher publisher = Samples.publisher(locale).publishDespiteErrors(insist).build();
        Edition edition = publisher.edition(catalog);
        assertThat(edition.errors()).isNotEmpty();
        for (Layout layout : Layout.values()) {
          String html = publisher.html(edition, layout);
          assertThat(checker.check(html)).as("%s in %s", layout, locale).isEmpty();
        }
        assertThat(publisher.html(edition, Layout.ANNEX)).contains("id=\"temuan\"");
      }
    }
  }
}
