package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.internal.flowchart.FlowchartLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample catalogue (examples/data/kanwil-kemenag-aceh.json) in every layout and both languages,
 * read back with PDFBox.
 */
class SamplePdfTest {

  static Stream<Arguments> layoutsAndLanguages() {
    List<Arguments> all = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (Locale locale : Samples.LANGUAGES) {
        all.add(Arguments.of(layout, locale));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> standardLayoutsAndLanguages() {
    return layoutsAndLanguages().filter(arguments -> arguments.get()[0] != Layout.PLEDGE);
  }

  private static PdfInspection pdf(Layout layout, Locale locale, boolean draft) throws IOException {
    return PdfInspection.of(Samples.pdf(layout, locale, draft));
  }

  /** A document text as the PDF's flattened text shows it: runs of white space as one space. */
  private static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("standardLayoutsAndLanguages")
  void showsEveryRequirementStepAndFeeOfEveryStandard(Layout layout, Locale locale)
      throws IOException {
    String text = pdf(layout, locale, false).flatText();
    StandardsCatalog catalog = Samples.catalog();

    int found = 0;
    for (ServiceStandard standard : catalog.getStandards()) {
      assertThat(text).contains(flat(standard.getName().orElseThrow()));
      for (Requirement requirement : standard.getRequirements()) {
        assertThat(text).contains(flat(requirement.getDescription()));
        found++;
      }
      for (ProcedureStep step : standard.getProcedure().map(p -> p.getSteps()).orElse(List.of())) {
        assertThat(text).contains(flat(step.getDescription()));
        found++;
      }
      Fee fee = standard.getFee().orElseThrow();
      for (FeeItem item : fee.getItems()) {
        assertThat(text).contains(flat(item.getName()));
        found++;
      }
      fee.getDescription().ifPresent(description -> assertThat(text).contains(flat(description)));
    }
    assertThat(found).as("requirements and steps checked").isGreaterThan(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void showsThePledgeTextSignatoryAndDateOnThePledgePage(Locale locale) throws IOException {
    var pledge = Samples.catalog().getPledge().orElseThrow();

    PdfInspection pdf = pdf(Layout.PLEDGE, locale, false);

    assertThat(pdf.pages).isEqualTo(1);
    assertThat(pdf.flatText())
        .contains(flat(pledge.getText()))
        .contains(flat(pledge.getSignatory().orElseThrow()))
        .contains(locale.getLanguage().equals("en") ? "15 August 2024" : "15 Agustus 2024");
  }

  static Stream<Locale> languages() {
    return Samples.LANGUAGES.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("layoutsAndLanguages")
  void isTaggedA4WithEveryFontEmbeddedAndEveryPageNumbered(Layout layout, Locale locale)
      throws IOException {
    PdfInspection pdf = pdf(layout, locale, false);

    assertThat(pdf.structureTree).isTrue();
    assertThat(pdf.marked).isTrue();
    assertThat(pdf.language).isEqualTo(locale.getLanguage());
    assertThat(pdf.title).isNotBlank();
    assertThat(pdf.structureTypes).contains("Document", "H1", "P");
    assertThat(pdf.fonts)
        .isNotEmpty()
        .allSatisfy(
            font -> {
              assertThat(font.embedded()).as(font.name()).isTrue();
              assertThat(font.name()).contains("NotoSans");
            });
    assertThat(pdf.mediaBoxes)
        .allSatisfy(
            box -> {
              assertThat(Math.round(box.getWidth() / 72f * 25.4f)).isEqualTo(210);
              assertThat(Math.round(box.getHeight() / 72f * 25.4f)).isEqualTo(297);
            });
    String footer = locale.getLanguage().equals("en") ? "Page %d of %d" : "Halaman %d dari %d";
    for (int i = 0; i < pdf.pages; i++) {
      assertThat(pdf.pageTexts.get(i)).contains(String.format(footer, i + 1, pdf.pages));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("standardLayoutsAndLanguages")
  void drawsEveryFlowchartAsTaggedVectorPathsWithoutImages(Layout layout, Locale locale)
      throws IOException {
    PdfInspection pdf = pdf(layout, locale, false);
    List<String> titles = new ArrayList<>();
    int symbols = 0;
    for (ServiceStandard standard : Samples.catalog().getStandards()) {
      var chart = FlowchartLayout.of(standard, locale).orElseThrow();
      titles.add(chart.title());
      symbols += chart.symbols().size() + chart.arrows().size() + chart.cells().size();
    }

    assertThat(pdf.imageXObjects).isZero();
    assertThat(pdf.figureAlternates).hasSameSizeAs(titles);
    for (int i = 0; i < titles.size(); i++) {
      assertThat(pdf.figureAlternates.get(i)).startsWith(titles.get(i));
    }
    // Every symbol is filled and stroked, every arrow stroked and its head filled, every cell
    // stroked: the pages hold at least that many path paintings beyond the tables' borders.
    assertThat(pdf.pathPaintsPerPage.stream().mapToInt(Integer::intValue).sum())
        .isGreaterThan(symbols);
  }

  /** Drafts of every layout in Indonesian, and of the pledge in English: rendering is slow. */
  static Stream<Arguments> drafts() {
    return Stream.of(
        Arguments.of(Layout.ANNEX, Languages.INDONESIAN),
        Arguments.of(Layout.DISPLAY, Languages.INDONESIAN),
        Arguments.of(Layout.PLEDGE, Languages.INDONESIAN),
        Arguments.of(Layout.PLEDGE, Locale.ENGLISH));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("drafts")
  void marksEveryPageOfADraftAndNoPageOfAPublication(Layout layout, Locale locale)
      throws IOException {
    String mark = locale.getLanguage().equals("en") ? "DRAFT" : "DRAF";
    PdfInspection draft = pdf(layout, locale, true);
    PdfInspection published = pdf(layout, locale, false);

    // The watermark is rotated: text extraction breaks it into pieces.
    assertThat(draft.pageTexts)
        .allSatisfy(text -> assertThat(text.replaceAll("\\s", "")).contains(mark));
    assertThat(published.pageTexts)
        .allSatisfy(text -> assertThat(text.replaceAll("\\s", "")).doesNotContain(mark));
  }
}
