package id.standarpelayanan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The reports speak both languages: every message exists in Indonesian and in English. */
class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeysAndNoEmptyMessage() throws IOException {
    Properties indonesian = load("Messages.properties");
    Properties english = load("Messages_en.properties");

    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
    assertThat(indonesian.values()).allMatch(v -> !v.toString().isBlank());
    assertThat(english.values()).allMatch(v -> !v.toString().isBlank());
    assertThat(indonesian.getProperty("severity.ERROR")).isEqualTo("GALAT");
    assertThat(english.getProperty("severity.ERROR")).isEqualTo("ERROR");
  }
}
