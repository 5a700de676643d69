package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.internal.Texts;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every generated catalogue, complete or a draft, and with markup and Mustache tags put into its
 * names, renders in every layout and both languages: the page is well-formed, holds only the
 * templates' elements (no element from document text), and shows each name escaped.
 */
class PublicationProperties {

  /** Every element the templates and the flowchart writer produce. */
  private static final Set<String> ELEMENTS =
      Set.of(
          "html",
          "head",
          "meta",
          "title",
          "style",
          "body",
          "div",
          "p",
          "strong",
          "header",
          "ul",
          "li",
          "main",
          "section",
          "h1",
          "h2",
          "h3",
          "dl",
          "dt",
          "dd",
          "nav",
          "ol",
          "a",
          "span",
          "table",
          "caption",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "figure",
          "figcaption",
          "footer",
          "code",
          "svg",
          "desc",
          "defs",
          "marker",
          "path",
          "g",
          "rect",
          "polyline",
          "polygon",
          "text",
          "tspan");

  private static final Publisher INDONESIAN =
      Samples.publisher(Locale.forLanguageTag("id")).build();
  private static final Publisher ENGLISH = Samples.publisher(Locale.ENGLISH).build();

  @Provide
  Arbitrary<StandardsCatalog> catalogues() {
    Arbitrary<StandardsCatalog> generated =
        Arbitraries.oneOf(StandardsArbitraries.catalogs(), StandardsArbitraries.draftCatalogs());
    return Arbitraries.oneOf(generated, generated.map(PublicationProperties::hostile));
  }

  /** The same catalogue with markup and template tags around every standard's name. */
  private static StandardsCatalog hostile(StandardsCatalog catalog) {
    List<ServiceStandard> standards =
        catalog.getStandards().stream()
            .map(
                s ->
                    (ServiceStandard)
                        ImmutableServiceStandard.copyOf(s)
                            .withName("<i>{{t.draft}}</i> " + s.getName().orElse("")))
            .toList();
    return ImmutableStandardsCatalog.copyOf(catalog).withStandards(standards);
  }

  @Property(tries = 60)
  void everyCatalogueRendersInEveryLayoutWithItsTextEscaped(
      @ForAll("catalogues") StandardsCatalog catalog) {
    for (Publisher publisher : List.of(INDONESIAN, ENGLISH)) {
      Edition edition = publisher.edition(catalog);
      for (Layout layout : Layout.values()) {
        String html = publisher.html(edition, layout);
        Document page = Xml.parse(html);
        assertThat(elements(page)).isSubsetOf(ELEMENTS);
        assertThat(page.getDocumentElement().getAttribute("lang"))
            .isEqualTo(publisher.locale().getLanguage());
        if (layout != Layout.PLEDGE) {
          for (ServiceStandard standard : catalog.getStandards()) {
            standard
                .getName()
                .filter(name -> !name.isBlank())
                .ifPresent(name -> assertThat(html).contains(escaped(Texts.clean(name))));
          }
        }
      }
      String annex = publisher.html(edition, Layout.ANNEX);
      assertThat(count(annex, "class=\"missing\"")).isGreaterThanOrEqualTo(unfilled(catalog));
      assertThat(annex.contains("class=\"watermark\"")).isEqualTo(edition.draft());
    }
  }

  @Property(tries = 60)
  void everyProcedureDrawsOneSymbolPerStep(@ForAll("catalogues") StandardsCatalog catalog) {
    for (ServiceStandard standard : catalog.getStandards()) {
      List<ProcedureStep> steps = standard.getProcedure().map(p -> p.getSteps()).orElse(List.of());
      ENGLISH
          .flowchartSvg(standard)
          .ifPresentOrElse(
              svg -> {
                Document drawing = Xml.parse(svg);
                assertThat(elements(drawing)).isSubsetOf(ELEMENTS);
                assertThat(count(svg, "class=\"step\"")).isEqualTo(steps.size());
              },
              () -> assertThat(steps).isEmpty());
    }
  }

  /** The components the standards leave unfilled, each of which shows a marker in the annex. */
  private static int unfilled(StandardsCatalog catalog) {
    int missing = 0;
    for (ServiceStandard standard : catalog.getStandards()) {
      for (Component component : Component.values()) {
        if (!standard.fills(component)) {
          missing++;
        }
      }
    }
    return missing;
  }

  private static Set<String> elements(Document document) {
    Set<String> names = new HashSet<>();
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      names.add(((Element) all.item(i)).getLocalName());
    }
    return names;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  /** Text as Mustache's {@code {{ }}} escapes it. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '`' -> out.append("&#96;");
        case '=' -> out.append("&#61;");
        case '\n' -> out.append("&#10;");
        case '\t' -> out.append("&#9;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
