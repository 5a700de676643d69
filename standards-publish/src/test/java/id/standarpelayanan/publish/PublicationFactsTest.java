package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.diff.Differ;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ComponentGroup;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the issue asks of the pages, proved on the parsed XHTML rather than only by the golden
 * files: accessible tables, the fourteen components in the regulation's order, the service hours.
 */
class PublicationFactsTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final Path NEXT = Path.of("../examples/data/kanwil-kemenag-aceh-2025.json");

  private static List<Element> elements(Node root, String name) {
    NodeList nodes =
        root instanceof Document document
            ? document.getElementsByTagNameNS(XHTML, name)
            : ((Element) root).getElementsByTagNameNS(XHTML, name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static Element firstChildElement(Element parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        return element;
      }
    }
    return null;
  }

  private static Map<String, String> pages(Locale locale) throws IOException {
    Publisher publisher = Samples.publisher(locale).build();
    Edition edition = publisher.edition(Samples.catalog());
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("annex", publisher.html(edition, Layout.ANNEX));
    pages.put("display", publisher.html(edition, Layout.DISPLAY));
    // A document with errors: the annex adds the table of findings.
    pages.put(
        "annex with findings",
        publisher.html(
            StandardsCatalog.builder()
                .addStandard(ServiceStandard.builder().setId("kosong").setName("Kosong").build())
                .build(),
            Layout.ANNEX));
    try (StandardsDocument next = StandardsDocuments.strict().read(NEXT)) {
      pages.put(
          "changes",
          publisher.changeLog(
              Differ.standard()
                  .compare(Samples.catalog(), ((StandardsDocument.Catalog) next).catalog())));
    }
    return pages;
  }

  @Test
  void everyTableHasACaptionEveryHeaderAScopeAndThePageALanguage() throws IOException {
    for (Locale locale : Samples.LANGUAGES) {
      for (Map.Entry<String, String> page : pages(locale).entrySet()) {
        String what = page.getKey() + " " + locale;
        Document document = Xml.parse(page.getValue());
        assertThat(document.getDocumentElement().getLocalName()).as(what).isEqualTo("html");
        assertThat(document.getDocumentElement().getAttribute("lang"))
            .as(what)
            .isEqualTo(locale.getLanguage());
        List<Element> tables = elements(document, "table");
        // The display page is cards (a list per component), without tables; the others have them.
        if (!page.getKey().equals("display")) {
          assertThat(tables).as(what).isNotEmpty();
        }
        if (page.getKey().equals("annex with findings")) {
          assertThat(page.getValue()).contains("id=\"temuan\"");
        }
        for (Element table : tables) {
          Element first = firstChildElement(table);
          assertThat(first).as(what + ": a table without children").isNotNull();
          assertThat(first.getLocalName())
              .as(what + ": a table's first child")
              .isEqualTo("caption");
          assertThat(first.getTextContent()).as(what + ": an empty caption").isNotBlank();
        }
        List<Element> headers = elements(document, "th");
        for (Element header : headers) {
          assertThat(header.getAttribute("scope"))
              .as(what + ": <th> " + header.getTextContent())
              .isIn("col", "row", "colgroup", "rowgroup");
        }
      }
    }
  }

  @Test
  void theAnnexListsTheFourteenComponentsDeliveryFirstInTheRegulationsOrder() {
    for (Locale locale : Samples.LANGUAGES) {
      // PermenPANRB 15/2014: group A (service delivery, 6), then group B (management, 8), each
      // in the components' statutory order.
      List<String> expected = new ArrayList<>();
      for (ComponentGroup group :
          List.of(ComponentGroup.SERVICE_DELIVERY, ComponentGroup.SERVICE_MANAGEMENT)) {
        Arrays.stream(Component.values())
            .filter(c -> c.group() == group)
            .sorted(Comparator.comparingInt(Component::number))
            .forEach(c -> expected.add(c.label(locale)));
      }
      assertThat(expected.subList(0, 6))
          .containsExactlyElementsOf(
              Component.inGroup(ComponentGroup.SERVICE_DELIVERY).stream()
                  .map(c -> c.label(locale))
                  .toList());
      assertThat(expected).hasSize(14);

      Publisher publisher = Samples.publisher(locale).build();
      Document annex = Xml.parse(publisher.html(Samples.catalog(), Layout.ANNEX));
      List<Element> components = new ArrayList<>();
      for (Element table : elements(annex, "table")) {
        if (table.getAttribute("class").equals("components")) {
          components.add(table);
        }
      }
      assertThat(components)
          .as("one table per service")
          .hasSize(Samples.catalog().getStandards().size());
      for (Element table : components) {
        List<String> labels = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<Integer> perGroup = new ArrayList<>();
        for (Element body : elements(table, "tbody")) {
          int rows = 0;
          for (Element header : elements(body, "th")) {
            if (header.getAttribute("scope").equals("row")) {
              labels.add(header.getTextContent().strip());
              numbers.add(
                  firstChildElement((Element) header.getParentNode()).getTextContent().strip());
              rows++;
            }
          }
          perGroup.add(rows);
        }
        assertThat(perGroup).containsExactly(6, 8);
        assertThat(labels).containsExactlyElementsOf(expected);
        assertThat(numbers)
            .containsExactly("1", "2", "3", "4", "5", "6", "1", "2", "3", "4", "5", "6", "7", "8");
      }
    }
  }

  @Test
  void theDisplayPageShowsTheServiceHours() {
    ServiceHours hours =
        ServiceHours.builder()
            .addPeriod(
                ServicePeriod.builder()
                    .setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))
                    .setOpens(LocalTime.of(8, 0))
                    .setCloses(LocalTime.of(16, 0))
                    .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(13, 0)))
                    .build())
            .addPeriod(
                ServicePeriod.builder()
                    .addDay(DayOfWeek.FRIDAY)
                    .setOpens(LocalTime.of(8, 0))
                    .setCloses(LocalTime.of(16, 30))
                    .addBreak(TimeWindow.of(LocalTime.of(11, 30), LocalTime.of(13, 30)))
                    .build())
            .build();
    ServiceStandard first = Samples.catalog().getStandards().get(0);
    StandardsCatalog catalog =
        StandardsCatalog.builder()
            .setStatus(CatalogStatus.PUBLISHED)
            .addStandard(ServiceStandard.builder().from(first).setServiceHours(hours).build())
            .build();

    String id =
        Samples.publisher(Locale.forLanguageTag("id")).build().html(catalog, Layout.DISPLAY);
    String en = Samples.publisher(Locale.ENGLISH).build().html(catalog, Layout.DISPLAY);

    assertThat(paragraphs(id))
        .contains("Senin\u2013Kamis, 08.00\u201316.00 (istirahat 12.00\u201313.00)")
        .contains("Jumat, 08.00\u201316.30 (istirahat 11.30\u201313.30)");
    assertThat(paragraphs(en))
        .contains("Monday\u2013Thursday, 08:00\u201316:00 (break 12:00\u201313:00)")
        .contains("Friday, 08:00\u201316:30 (break 11:30\u201313:30)");
    // The sample itself states no hours: its display page says so instead.
    assertThat(Samples.publisher(Locale.ENGLISH).build().html(Samples.catalog(), Layout.DISPLAY))
        .doesNotContain("08:00\u201316:00");
  }

  private static List<String> paragraphs(String html) {
    return elements(Xml.parse(html), "p").stream().map(p -> p.getTextContent().strip()).toList();
  }
}
