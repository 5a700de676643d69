package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Languages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static ResourceBundle bundle(Locale locale) {
    return Languages.bundle("id.standarpelayanan.skm.Messages", locale, Survey.class.getModule());
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(bundle(Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(bundle(Languages.INDONESIAN).keySet());
  }

  @Test
  void everyReadProblemHasItsMessageInBothLanguages() {
    for (SurveyReadException.Problem problem : SurveyReadException.Problem.values()) {
      assertThat(bundle(Locale.ENGLISH).containsKey("read." + problem.name())).isTrue();
      assertThat(bundle(Languages.INDONESIAN).getString("read." + problem.name()))
          .isNotEqualTo(bundle(Locale.ENGLISH).getString("read." + problem.name()));
    }
  }
}
