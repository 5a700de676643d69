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

  @Test
  void englishCountsAgreeInNumber() {
    ResourceBundle en = bundle(Locale.ENGLISH);
    assertThat(
            new java.text.MessageFormat(en.getString("reason.ERRORS"), Locale.ENGLISH)
                .format(new Object[] {1}))
        .isEqualTo("the check found 1 error");
    assertThat(
            new java.text.MessageFormat(en.getString("reason.ERRORS"), Locale.ENGLISH)
                .format(new Object[] {2}))
        .isEqualTo("the check found 2 errors");
    assertThat(
            new java.text.MessageFormat(en.getString("evaluation.survey"), Locale.ENGLISH)
                .format(new Object[] {2025, 2026, 1, "3.4", "B"}))
        .contains(": 1 respondent, value");
  }
}
