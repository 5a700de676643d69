package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final String[] TEMPLATES = {
    "annex",
    "display",
    "pledge",
    "head",
    "letterhead",
    "field",
    "draft",
    "content",
    "flowchart",
    "footer",
    "style"
  };

  private static ResourceBundle bundle(Locale locale) {
    return Languages.bundle(
        "id.standarpelayanan.publish.Messages", locale, Publisher.class.getModule());
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(bundle(Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(bundle(Languages.INDONESIAN).keySet());
  }

  @Test
  void everyLabelATemplateUsesExistsInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern label = Pattern.compile("\\{\\{t\\.([A-Za-z]+)}}");
    for (String name : TEMPLATES) {
      try (InputStream in =
          Publisher.class.getResourceAsStream(
              "/id/standarpelayanan/publish/templates/" + name + ".mustache")) {
        assertThat(in).as(name).isNotNull();
        Matcher matcher = label.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    for (Locale locale : Samples.LANGUAGES) {
      assertThat(bundle(locale).keySet()).as("%s", locale).containsAll(used);
    }
  }

  @Test
  void theTwoLanguagesDifferWhereTheyShould() {
    for (String key : new String[] {"missing", "draft", "annexOf", "pledgeTitleOf", "toc"}) {
      assertThat(bundle(Locale.ENGLISH).getString(key))
          .isNotEqualTo(bundle(Languages.INDONESIAN).getString(key));
    }
  }
}
