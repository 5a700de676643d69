package id.standarpelayanan.diff.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The update rule's bundle says the same things in Indonesian and English. */
class UpdateRulesMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        UpdateRulesMessagesTest.class.getResourceAsStream(
            "/id/standarpelayanan/diff/update/internal/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryMessageParses() throws IOException {
    Properties indonesian = load("Messages.properties");
    Properties english = load("Messages_en.properties");

    assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
    for (String key : indonesian.stringPropertyNames()) {
      if (key.startsWith("message.")) {
        // The same four arguments in both: a translation must not drop the service or the date.
        for (Properties language : new Properties[] {indonesian, english}) {
          String pattern = language.getProperty(key);
          assertThat(new MessageFormat(pattern).getFormatsByArgumentIndex()).as(key).hasSize(4);
          assertThat(pattern).as(key).contains("{0}", "{3}");
        }
        for (String argument : new String[] {"{1}", "{2}"}) {
          assertThat(english.getProperty(key).contains(argument))
              .as("%s uses %s in both languages or in neither", key, argument)
              .isEqualTo(indonesian.getProperty(key).contains(argument));
        }
      }
    }
  }
}
