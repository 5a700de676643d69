package id.standarpelayanan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The service's Indonesian and English messages: the same keys, none empty. */
class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/id/standarpelayanan/server/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeysAndNoEmptyMessage() throws IOException {
    Properties indonesian = load("Messages.properties");
    Properties english = load("Messages_en.properties");
    assertThat(indonesian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    indonesian.forEach((key, value) -> assertThat(value.toString()).as("%s", key).isNotBlank());
    english.forEach((key, value) -> assertThat(value.toString()).as("%s", key).isNotBlank());
  }

  @Test
  void everyStatusTheServiceAnswersHasATitle() throws IOException {
    Properties indonesian = load("Messages.properties");
    for (id.standarpelayanan.server.internal.Problem.Code code :
        id.standarpelayanan.server.internal.Problem.Code.values()) {
      assertThat(indonesian).containsKey("problem.title." + code.status());
    }
  }
}
