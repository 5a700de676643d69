package id.standarpelayanan.publish.pdf;

import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the sample catalogue's PDFs, compared by what a reader gets out of them — page
 * count, fonts (without the subset prefix), language, title, tag types, figures' text alternatives
 * and the text page by page — never by bytes. Regenerate with {@code -Dgolden.update=true} and
 * review the change as data.
 */
class GoldenPdfTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> layoutsAndLanguages() {
    return SamplePdfTest.layoutsAndLanguages();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("layoutsAndLanguages")
  void extractedTextAndStructureMatchTheGoldenFile(Layout layout, Locale locale)
      throws IOException {
    PdfInspection pdf = PdfInspection.of(Samples.pdf(layout, locale, false));

    compare(Samples.name(layout, locale) + ".pdf.txt", summary(pdf));
  }

  static String summary(PdfInspection pdf) {
    StringBuilder out = new StringBuilder();
    out.append("pages: ").append(pdf.pages).append('\n');
    TreeSet<String> fonts = new TreeSet<>();
    pdf.fonts.forEach(
        font ->
            fonts.add(
                font.name().replaceFirst("^[A-Z]{6}\\+", "")
                    + " "
                    + font.subtype()
                    + (font.embedded() ? " embedded" : " NOT EMBEDDED")));
    out.append("fonts: ").append(String.join(", ", fonts)).append('\n');
    out.append("language: ").append(pdf.language).append('\n');
    out.append("title: ").append(pdf.title).append('\n');
    out.append("tags: ").append(new TreeSet<>(pdf.structureTypes)).append('\n');
    for (String figure : pdf.figureAlternates) {
      out.append("figure: ").append(figure).append('\n');
    }
    for (int i = 0; i < pdf.pages; i++) {
      out.append("--- page ").append(i + 1).append(" ---\n");
      out.append(pdf.pageTexts.get(i).strip()).append('\n');
    }
    return out.toString();
  }

  static void compare(String name, String written) throws IOException {
    GoldenFiles.assertMatches(GOLDEN, name, written);
  }
}
