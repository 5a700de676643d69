package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.diff.Change;
import id.standarpelayanan.diff.Comparison;
import id.standarpelayanan.diff.Differ;
import id.standarpelayanan.diff.Effect;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The change log between the sample catalogue and its 2025 edition as HTML: golden files, the Nu
 * Html Checker, one row per change with its before, after and effect, and escaping.
 */
class ChangeLogTest {

  private static final Path NEXT = Path.of("../examples/data/kanwil-kemenag-aceh-2025.json");
  private static final Differ DIFFER = Differ.standard();

  private static Comparison sampleToNext() {
    try (StandardsDocument document = StandardsDocuments.strict().read(NEXT)) {
      return DIFFER.compare(Samples.catalog(), ((StandardsDocument.Catalog) document).catalog());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSampleAndItsNextEditionMatchTheGoldenFiles() throws IOException {
    Comparison comparison = sampleToNext();
    for (Locale locale : Samples.LANGUAGES) {
      Samples.compare(
          "changes." + locale.getLanguage() + ".html",
          Samples.publisher(locale).build().changeLog(comparison));
    }
  }

  @Test
  void everyChangeIsOneRowWithItsMeaningBeforeAfterAndEffect() {
    Comparison comparison = sampleToNext();
    // The 2025 edition: decree, version, dates, a consultation and a note restated (neutral);
    // one time shortened (relieves); one requirement added (burdens); a service renamed and one
    // withdrawn. The fee restated in other units is no change.
    assertThat(comparison.changes()).hasSize(11);
    for (Locale locale : Samples.LANGUAGES) {
      Document html = Xml.parse(Samples.publisher(locale).build().changeLog(comparison));
      List<Element> rows = rows(html);
      assertThat(rows).hasSameSizeAs(comparison.changes());
      List<Change> grouped = comparison.grouped();
      for (int i = 0; i < rows.size(); i++) {
        Change change = grouped.get(i);
        List<String> cells = cells(rows.get(i));
        assertThat(cells.get(0)).isEqualTo(String.valueOf(i + 1));
        assertThat(cells.get(2)).startsWith(change.meaning().label(locale));
        assertThat(cells.get(3)).isEqualTo(change.beforeText(locale).orElse("-"));
        assertThat(cells.get(4)).isEqualTo(change.afterText(locale).orElse("-"));
        assertThat(cells.get(5)).isEqualTo(change.effect().label(locale));
        assertThat(cells.get(1))
            .isEqualTo(
                change
                    .component()
                    .map(c -> c.number() + ". " + c.label(locale))
                    .orElse(locale.getLanguage().equals("en") ? "General" : "Umum"));
      }
      assertThat(sections(html)).containsExactly(titles(locale));
    }
    String id = Samples.publisher(Locale.forLanguageTag("id")).build().changeLog(comparison);
    assertThat(id)
        .contains("<td class=\"effect effect-burdens\">membebani</td>")
        .contains("<td class=\"effect effect-relieves\">meringankan</td>")
        .contains("<td class=\"before\">14 hari kerja</td><td class=\"after\">10 hari kerja</td>")
        .contains("Jumlah perubahan: 11 (membebani 1, meringankan 1, netral 8, perlu dinilai 1)")
        .contains(
            "<dd>Nomor KW.01.1/1/HK.00/1234/2024 tanggal 15 Agustus 2024, versi 2024,"
                + " Dipublikasikan, berlaku 1 September 2024</dd>")
        .contains("<p class=\"provider-name\">Kantor Wilayah Kementerian Agama Provinsi Aceh</p>");
    assertThat(comparison.changes(Effect.BURDENS)).hasSize(1);
  }

  private static String[] titles(Locale locale) {
    String general =
        locale.getLanguage().equals("en")
            ? "General provisions of the catalogue"
            : "Ketentuan umum katalog";
    return new String[] {
      general,
      "Izin Operasional Madrasah Swasta (RA, MI, MTs, MA) (izin-operasional-madrasah-swasta)",
      "Izin Terdaftar (Izin Operasional) Pesantren/Dayah (izin-operasional-pesantren)",
      "Izin Belajar Aparatur Sipil Negara (S1, S2, S3) (izin-belajar-asn)",
      "Izin Penelitian dan Magang di Kanwil Kemenag Aceh (izin-penelitian-magang)"
    };
  }

  @Test
  void theChangeLogsPassTheNuHtmlChecker() throws Exception {
    NuHtmlChecker checker = new NuHtmlChecker();
    ServiceStandard hostile =
        ServiceStandard.builder()
            .setId("a")
            .setName("<script>alert(1)</script> {{t.draft}} & \"kutip\"")
            .build();
    Comparison renamed =
        DIFFER.compare(hostile, ServiceStandard.builder().from(hostile).setName("B</td>").build());
    Comparison equivalent = DIFFER.compare(Samples.catalog(), Samples.catalog());
    for (Locale locale : Samples.LANGUAGES) {
      Publisher publisher = Samples.publisher(locale).build();
      for (Comparison comparison : List.of(sampleToNext(), renamed, equivalent)) {
        assertThat(checker.check(publisher.changeLog(comparison)))
            .as("%s in %s", comparison, locale)
            .isEmpty();
      }
    }
  }

  @Test
  void documentTextIsEscapedAndAnEquivalentPairSaysSo() {
    ServiceStandard hostile =
        ServiceStandard.builder().setId("a").setName("<script>x</script> {{t.draft}}").build();
    Comparison comparison =
        DIFFER.compare(hostile, ServiceStandard.builder().from(hostile).setName("B</td>").build());
    String html = Samples.publisher(Locale.ENGLISH).build().changeLog(comparison);
    assertThat(html)
        .contains("&lt;script&gt;x&lt;/script&gt; {{t.draft}}")
        .contains("B&lt;/td&gt;")
        .doesNotContain("<script>")
        .contains("<h2 id=\"perubahan-1-h\">B&lt;/td&gt; (a)</h2>");
    assertThat(rows(Xml.parse(html))).hasSize(1);

    String same =
        Samples.publisher(Locale.ENGLISH)
            .build()
            .changeLog(DIFFER.compare(Samples.catalog(), Samples.catalog()));
    assertThat(same).contains("The versions are equivalent: no change.").doesNotContain("<table");
  }

  @Test
  void anOfficesLetterheadAppliesToTheChangeLogToo(@TempDir Path templates) throws IOException {
    Files.writeString(
        templates.resolve("letterhead.mustache"),
        "<header class=\"letterhead\"><p>KOP {{#provider}}{{#name}}{{value}}{{/name}}"
            + "{{/provider}}</p></header>\n");
    String html =
        Samples.publisher(Locale.ENGLISH).templates(templates).build().changeLog(sampleToNext());
    assertThat(html).contains("<p>KOP Kantor Wilayah Kementerian Agama Provinsi Aceh</p>");
  }

  @Test
  void theComparisonIsRequired() {
    Publisher publisher = Samples.publisher(Locale.ENGLISH).build();
    assertThatThrownBy(() -> publisher.changeLog(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("comparison");
  }

  private static List<Element> rows(Document html) {
    List<Element> rows = new ArrayList<>();
    NodeList tbodies = html.getElementsByTagName("tbody");
    for (int i = 0; i < tbodies.getLength(); i++) {
      NodeList trs = ((Element) tbodies.item(i)).getElementsByTagName("tr");
      for (int j = 0; j < trs.getLength(); j++) {
        rows.add((Element) trs.item(j));
      }
    }
    return rows;
  }

  /** The texts of a row's cells (th and td, in order); the change cell without its pointer. */
  private static List<String> cells(Element row) {
    List<String> cells = new ArrayList<>();
    NodeList children = row.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element cell) {
        String text = cell.getTextContent();
        NodeList code = cell.getElementsByTagName("code");
        if (code.getLength() > 0) {
          text = text.substring(0, text.length() - code.item(0).getTextContent().length());
        }
        cells.add(text);
      }
    }
    return cells;
  }

  private static List<String> sections(Document html) {
    List<String> titles = new ArrayList<>();
    NodeList headings = html.getElementsByTagName("h2");
    for (int i = 0; i < headings.getLength(); i++) {
      titles.add(headings.item(i).getTextContent());
    }
    return titles;
  }

  /** The catalogues compared need not be catalogues: a standard alone has no letterhead name. */
  @Test
  void standardsComparedAloneHaveNoProviderName() {
    ServiceStandard a = Samples.catalog().getStandards().get(0);
    Comparison comparison = DIFFER.compare(a, a);
    assertThat(comparison.providerName()).isEmpty();
    StandardsCatalog catalog = Samples.catalog();
    assertThat(DIFFER.compare(catalog, catalog).providerName())
        .hasValue("Kantor Wilayah Kementerian Agama Provinsi Aceh");
  }
}
