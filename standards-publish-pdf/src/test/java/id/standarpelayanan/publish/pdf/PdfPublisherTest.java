package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Edition;
import id.standarpelayanan.publish.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PdfPublisherTest {

  private static final PdfPublisher PUBLISHER = PdfPublisher.builder().build();

  private static String page(String lang, String body) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
        + lang
        + "\"><head><meta charset=\"utf-8\"/><title>Lampiran SK</title>"
        + "<style>body { font-family: system-ui, sans-serif } code { font-family: monospace }"
        + "</style></head><body>"
        + body
        + "</body></html>";
  }

  private static String longTable(int rows) {
    StringBuilder html =
        new StringBuilder(
            "<table><caption>Persyaratan</caption><thead><tr><th scope=\"col\">NO</th>"
                + "<th scope=\"col\">URAIAN</th></tr></thead><tbody>");
    for (int i = 1; i <= rows; i++) {
      html.append("<tr><td>")
          .append(i)
          .append("</td><td>Persyaratan nomor ")
          .append(i)
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static PdfInspection render(PdfPublisher publisher, String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    publisher.write(html, java.util.List.of(), out);
    return PdfInspection.of(out.toByteArray());
  }

  @Test
  void embedsEveryFontAndLeavesNoBaseFourteenFontEvenForGenericFamilies() throws IOException {
    PdfInspection pdf =
        render(
            PUBLISHER,
            page(
                "id",
                "<h1>Judul</h1><p>Biasa <b>tebal</b> <i>miring</i> <code>kode</code>"
                    + " <span style=\"font-family: Courier\">Courier</span>"
                    + " <span style=\"font-family: 'Unknown Face'\">tak dikenal</span></p>"));

    assertThat(pdf.fonts).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).isTrue());
    assertThat(pdf.fonts)
        .extracting(PdfInspection.FontUse::name)
        .allSatisfy(name -> assertThat(name).contains("NotoSans"));
  }

  @Test
  void writesTaggedA4PagesWithTitleLanguageAndArchivalMetadata() throws IOException {
    PdfInspection pdf = render(PUBLISHER, page("id", "<h1>Judul</h1><p>Isi.</p>"));

    assertThat(pdf.structureTree).isTrue();
    assertThat(pdf.marked).isTrue();
    assertThat(pdf.title).isEqualTo("Lampiran SK");
    assertThat(pdf.displayDocTitle).isTrue();
    assertThat(pdf.language).isEqualTo("id");
    assertThat(pdf.mediaBoxes)
        .allSatisfy(
            box -> {
              assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
              assertThat(box.getHeight())
                  .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            });
    assertThat(pdf.outputIntent).isTrue();
    assertThat(pdf.xmp).contains("pdfaid:part").contains("3").contains("pdfuaid:part");
  }

  @Test
  void archivalOffLeavesTheOutputIntentOutButKeepsTheTags() throws IOException {
    PdfInspection pdf =
        render(PdfPublisher.builder().archival(false).build(), page("en", "<p>Body.</p>"));

    assertThat(pdf.outputIntent).isFalse();
    assertThat(pdf.structureTree).isTrue();
    assertThat(pdf.xmp).doesNotContain("pdfaid:part");
  }

  @Test
  void numbersEveryPageInTheLanguageOfTheDocument() throws IOException {
    PdfInspection indonesian = render(PUBLISHER, page("id", longTable(120)));
    PdfInspection english = render(PUBLISHER, page("en", longTable(120)));

    assertThat(indonesian.pages).isGreaterThan(1);
    for (int i = 0; i < indonesian.pages; i++) {
      assertThat(indonesian.pageTexts.get(i))
          .contains("Halaman " + (i + 1) + " dari " + indonesian.pages);
    }
    for (int i = 0; i < english.pages; i++) {
      assertThat(english.pageTexts.get(i)).contains("Page " + (i + 1) + " of " + english.pages);
    }
  }

  @Test
  void repeatsTheTableHeaderOnEveryPageTheTableSpans() throws IOException {
    PdfInspection pdf = render(PUBLISHER, page("id", longTable(120)));

    assertThat(pdf.pages).isGreaterThan(1);
    assertThat(pdf.pageTexts).allSatisfy(text -> assertThat(text).contains("NO URAIAN"));
    for (int i = 1; i <= 120; i++) {
      assertThat(pdf.text).contains("Persyaratan nomor " + i + "\n");
    }
  }

  @Test
  void paintsTheDraftWatermarkOnEveryPage() throws IOException {
    PdfInspection pdf =
        render(
            PUBLISHER,
            page(
                "id", "<div class=\"watermark\" aria-hidden=\"true\">DRAF</div>" + longTable(120)));

    assertThat(pdf.pages).isGreaterThan(1);
    // The watermark is rotated: text extraction breaks it into pieces.
    assertThat(pdf.pageTexts)
        .allSatisfy(text -> assertThat(text.replaceAll("\\s", "")).contains("DRAF"));
  }

  @Test
  void drawsCharactersTheFontLacksAsAQuestionMarkAndControlCharactersAsReplacement()
      throws IOException {
    PdfInspection pdf =
        render(PUBLISHER, page("id", "<p>Kantor 中文 \uD83D\uDE00 bel\u0007 \uD800 akhir</p>"));

    assertThat(pdf.flatText()).contains("Kantor ?? ? bel\uFFFD \uFFFD akhir");
    assertThat(pdf.fonts).allSatisfy(font -> assertThat(font.embedded()).isTrue());
  }

  @Test
  void refusesHtmlThatIsNotWellFormedWithItsLineAndColumn() {
    String broken =
        "<!DOCTYPE html>\n<html lang=\"id\">\n<body><p>Buka&nbsp;tutup</p></body></html>";

    assertThatThrownBy(
            () -> PUBLISHER.write(broken, java.util.List.of(), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            PdfPublishException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(PdfPublishException.Problem.MALFORMED_HTML);
              assertThat(e.line()).hasValue(3);
              assertThat(e.column()).isNotEmpty();
              assertThat(e.getMessage()).startsWith("baris 3, kolom ");
              assertThat(e.message(Locale.ENGLISH)).startsWith("line 3, column ");
            });
  }

  @Test
  void refusesHtmlLongerThanTheLimitBeforeLayingItOut() {
    PdfPublisher small = PdfPublisher.builder().maxHtmlLength(100).build();

    assertThatThrownBy(
            () ->
                small.write(
                    page("id", "<p>cukup panjang</p>"),
                    java.util.List.of(),
                    new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            PdfPublishException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(PdfPublishException.Problem.TOO_LARGE);
              assertThat(e.message(Locale.ENGLISH)).contains("100");
              assertThat(e.line()).isEmpty();
            });
    assertThatThrownBy(() -> PdfPublisher.builder().maxHtmlLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fetchesNoExternalResourceAndResolvesNoExternalEntity() throws IOException {
    PdfInspection pdf =
        render(
            PUBLISHER,
            page(
                "id",
                "<link rel=\"stylesheet\" href=\"file:///etc/passwd\"/>"
                    + "<img src=\"http://192.0.2.1/logo.png\" alt=\"logo\"/>"
                    + "<p>Tanpa sumber luar</p>"));

    assertThat(pdf.imageXObjects).isZero();
    assertThat(pdf.text).contains("Tanpa sumber luar").doesNotContain("root:");

    String entity =
        "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<html lang=\"id\"><body><p>awal &x; akhir</p></body></html>";
    PdfInspection unresolved = render(PUBLISHER, entity);
    assertThat(unresolved.flatText()).contains("awal").contains("akhir").doesNotContain("root:");
  }

  @Test
  void refusesNullArgumentsNamingThem() {
    assertThatThrownBy(
            () -> PUBLISHER.write((Edition) null, Layout.ANNEX, new ByteArrayOutputStream()))
        .hasMessage("edition");
    assertThatThrownBy(
            () ->
                PUBLISHER.write((StandardsCatalog) null, Layout.ANNEX, new ByteArrayOutputStream()))
        .hasMessage("catalog");
    assertThatThrownBy(() -> PUBLISHER.write(Samples.catalog(), null, new ByteArrayOutputStream()))
        .hasMessage("layout");
    assertThatThrownBy(() -> PUBLISHER.write(Samples.catalog(), Layout.ANNEX, null))
        .hasMessage("out");
    assertThatThrownBy(() -> PdfPublisher.builder().publisher(null)).hasMessage("publisher");
  }
}
