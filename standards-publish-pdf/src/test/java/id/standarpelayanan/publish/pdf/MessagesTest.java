package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.publish.pdf.internal.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(Messages.bundle(Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(Messages.bundle(Languages.INDONESIAN).keySet());
  }

  @Test
  void everyProblemHasItsMessageInBothLanguages() {
    for (PdfPublishException.Problem problem : PdfPublishException.Problem.values()) {
      String key = "problem." + problem.name();
      assertThat(Messages.bundle(Locale.ENGLISH).containsKey(key)).isTrue();
      assertThat(Messages.bundle(Languages.INDONESIAN).getString(key))
          .isNotEqualTo(Messages.bundle(Locale.ENGLISH).getString(key));
    }
  }
}
