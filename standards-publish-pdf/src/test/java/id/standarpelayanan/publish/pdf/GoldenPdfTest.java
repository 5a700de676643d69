package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.publish.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file))
        .as("golden file %s (create it with -Dgolden.update=true)", file)
        .isTrue();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(written)) {
      throw new AssertionError(
          "the PDF differs from "
              + file
              + " (regenerate with -Dgolden.update=true):\n"
              + diff(expected, written));
    }
  }

  /** The first differing lines with two lines of context, as "-" expected and "+" written. */
  static String diff(String expected, String written) {
    List<String> a = expected.lines().toList();
    List<String> b = written.lines().toList();
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    List<String> out = new ArrayList<>();
    out.add("@@ line " + (start + 1) + " @@");
    for (int i = Math.max(0, start - 2); i < start; i++) {
      out.add("  " + a.get(i));
    }
    for (int i = start; i < Math.min(endA, start + 40); i++) {
      out.add("- " + a.get(i));
    }
    for (int i = start; i < Math.min(endB, start + 40); i++) {
      out.add("+ " + b.get(i));
    }
    for (int i = endA; i < Math.min(a.size(), endA + 2); i++) {
      out.add("  " + a.get(i));
    }
    return String.join("\n", out);
  }
}
