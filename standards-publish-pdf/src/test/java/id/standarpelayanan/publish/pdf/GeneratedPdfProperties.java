package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated catalogues, drafts included, render to valid PDF in every layout. */
class GeneratedPdfProperties {

  @Provide
  Arbitrary<StandardsCatalog> anyCatalog() {
    return net.jqwik.api.Arbitraries.oneOf(
        StandardsArbitraries.catalogs(), StandardsArbitraries.draftCatalogs());
  }

  // Rendering a PDF takes a good fraction of a second: few tries.
  @Property(tries = 20)
  void everyGeneratedCatalogueRendersAsTaggedPdfWithEmbeddedFonts(
      @ForAll("anyCatalog") StandardsCatalog catalog,
      @ForAll Layout layout,
      @ForAll boolean english)
      throws IOException {
    Locale locale = english ? Locale.ENGLISH : Samples.LANGUAGES.get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Samples.publisher(locale, false).write(catalog, layout, out);

    PdfInspection pdf = PdfInspection.of(out.toByteArray());
    assertThat(pdf.pages).isPositive();
    assertThat(pdf.structureTree).isTrue();
    assertThat(pdf.imageXObjects).isZero();
    assertThat(pdf.fonts).allSatisfy(font -> assertThat(font.embedded()).isTrue());
    assertThat(pdf.pageTexts.get(0)).contains(english ? "Page 1 of " : "Halaman 1 dari ");
  }
}
