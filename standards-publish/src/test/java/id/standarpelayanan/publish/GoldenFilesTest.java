package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample catalogue ({@code examples/data/kanwil-kemenag-aceh.json}) in every layout and both
 * languages, and its flowcharts, compared byte for byte with the reviewed files under {@code
 * src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to rewrite them after an
 * intended change, then review the diff.
 */
class GoldenFilesTest {

  @Test
  void everyLayoutInBothLanguagesMatchesItsGoldenFile() throws IOException {
    for (Locale locale : Samples.LANGUAGES) {
      Publisher publisher = Samples.publisher(locale).build();
      Edition edition = publisher.edition(Samples.catalog());
      for (Layout layout : Layout.values()) {
        Samples.compare(name(layout, locale), publisher.html(edition, layout));
      }
    }
  }

  @Test
  void everyFlowchartOfTheSampleMatchesItsGoldenFile() throws IOException {
    Publisher publisher = Samples.publisher(Locale.forLanguageTag("id")).build();
    List<ServiceStandard> standards = Samples.catalog().getStandards();
    int drawn = 0;
    for (int i = 0; i < standards.size(); i++) {
      Optional<String> svg = publisher.flowchartSvg(standards.get(i));
      if (svg.isPresent()) {
        Samples.compare("flowchart-" + (i + 1) + ".svg", svg.get());
        drawn++;
      }
    }
    assertThat(drawn).isEqualTo(standards.size());
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    StandardsCatalog catalog = Samples.catalog();
    for (Layout layout : Layout.values()) {
      String first = Samples.publisher(Locale.ENGLISH).build().html(catalog, layout);
      String second = Samples.publisher(Locale.ENGLISH).build().html(catalog, layout);
      assertThat(second).isEqualTo(first);
    }
    ServiceStandard standard = catalog.getStandards().get(0);
    Publisher publisher = Samples.publisher(Locale.ENGLISH).build();
    assertThat(publisher.flowchartSvg(standard)).isEqualTo(publisher.flowchartSvg(standard));
  }

  static String name(Layout layout, Locale locale) {
    return layout.name().toLowerCase(Locale.ROOT) + "." + locale.getLanguage() + ".html";
  }
}
