package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA contrast (1.4.3, at least 4.5:1 for normal text) of the built-in stylesheet: every
 * text colour it declares against every background it declares, so that any text on any of its
 * backgrounds is readable. The draft watermark, a translucent decoration hidden from assistive
 * technology, is not text to read and has no opaque colour.
 */
class ContrastTest {

  private static final Pattern TEXT = Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{6})");
  private static final Pattern BACKGROUND = Pattern.compile("background:\\s*(#[0-9a-fA-F]{6})");

  @Test
  void everyTextColourOnEveryBackgroundHasAContrastOfAtLeast4Point5() throws IOException {
    String css;
    try (InputStream in =
        Publisher.class.getResourceAsStream(
            "/id/standarpelayanan/publish/templates/style.mustache")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> texts = colours(TEXT, css);
    Set<String> backgrounds = colours(BACKGROUND, css);
    assertThat(texts).contains("#1a1a1a", "#0b4f8a", "#8a1c1c").hasSizeGreaterThanOrEqualTo(5);
    assertThat(backgrounds).contains("#ffffff", "#dde5ee");
    for (String text : texts) {
      for (String background : backgrounds) {
        assertThat(contrast(text, background))
            .as("%s on %s", text, background)
            .isGreaterThanOrEqualTo(4.5);
      }
    }
  }

  @Test
  void theFormulaGivesTheKnownExtremes() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
  }

  private static Set<String> colours(Pattern pattern, String css) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(css);
    while (m.find()) {
      found.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return found;
  }

  /** The WCAG contrast ratio of two sRGB colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
