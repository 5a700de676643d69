package id.standarpelayanan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = Comparison.class.getResourceAsStream(Comparison.SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return Languages.bundle(
        "id.standarpelayanan.diff.Messages", locale, Comparison.class.getModule());
  }

  @Provide
  Arbitrary<StandardsCatalog> catalogs() {
    return StandardsArbitraries.catalogs();
  }

  @Provide
  Arbitrary<ServiceStandard> standards() {
    return StandardsArbitraries.serviceStandards();
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(bundle(Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(bundle(Languages.INDONESIAN).keySet());
  }

  @Test
  void everyMeaningAndEffectHasATitleInBothLanguages() {
    for (Meaning meaning : Meaning.values()) {
      assertThat(bundle(Languages.INDONESIAN).getString("meaning." + meaning.name()))
          .isNotEqualTo(bundle(Locale.ENGLISH).getString("meaning." + meaning.name()));
    }
    for (Effect effect : Effect.values()) {
      assertThat(bundle(Languages.INDONESIAN).getString("effect." + effect.name()))
          .isNotEqualTo(bundle(Locale.ENGLISH).getString("effect." + effect.name()));
    }
  }

  @Test
  void theLabelsAreTheLogsTitlesInTheRequestedLanguage() {
    assertThat(Meaning.TIME_SHORTER.label(Languages.INDONESIAN))
        .isEqualTo("Waktu menjadi lebih singkat");
    assertThat(Meaning.TIME_SHORTER.label(Locale.ENGLISH))
        .isEqualTo(bundle(Locale.ENGLISH).getString("meaning.TIME_SHORTER"));
    assertThat(Effect.BURDENS.label(Locale.forLanguageTag("id-ID"))).isEqualTo("membebani");
    assertThat(Effect.BURDENS.label(Locale.ENGLISH))
        .isEqualTo(bundle(Locale.ENGLISH).getString("effect.BURDENS"));
    // Any language the library does not speak falls back to Indonesian.
    assertThat(Effect.RELIEVES.label(Locale.JAPANESE)).isEqualTo("meringankan");
  }

  @Test
  void theNextEditionsJsonLogFollowsTheSchemaInBothLanguages() throws IOException {
    Comparison comparison =
        Differ.standard()
            .compare(Samples.sample(), Samples.catalog("kanwil-kemenag-aceh-2025.json"));
    for (Locale locale : new Locale[] {Languages.INDONESIAN, Locale.ENGLISH}) {
      JsonNode json = MAPPER.readTree(comparison.toString(ChangeLogFormat.JSON, locale));
      assertThat(SCHEMA.validate(json).stream().map(ValidationMessage::getMessage)).isEmpty();
      assertThat(json.path("language").asText()).isEqualTo(locale.getLanguage());
      assertThat(json.path("changes").size()).isEqualTo(comparison.changes().size());
    }
  }

  @Test
  void theSchemaRejectsAnUnknownEffect() throws IOException {
    Comparison comparison =
        Differ.standard()
            .compare(Samples.sample(), Samples.catalog("kanwil-kemenag-aceh-2025.json"));
    String json = comparison.toString(ChangeLogFormat.JSON, Locale.ENGLISH);
    assertThat(SCHEMA.validate(MAPPER.readTree(json.replace("\"BURDENS\"", "\"HARMS\""))))
        .isNotEmpty();
  }

  @Property(tries = 30)
  void anyTwoCataloguesGiveAJsonLogThatFollowsTheSchema(
      @ForAll("catalogs") StandardsCatalog a, @ForAll("catalogs") StandardsCatalog b)
      throws IOException {
    JsonNode json =
        MAPPER.readTree(
            Differ.standard().compare(a, b).toString(ChangeLogFormat.JSON, Locale.ENGLISH));
    assertThat(SCHEMA.validate(json).stream().map(ValidationMessage::getMessage)).isEmpty();
  }

  @Property(tries = 50)
  void theTextLogPrintsNoControlCharacters(
      @ForAll("standards") ServiceStandard a, @ForAll("standards") ServiceStandard b) {
    String text =
        Differ.standard().compare(a, b).toString(ChangeLogFormat.TEXT, Languages.INDONESIAN);
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(text).startsWith("PERUBAHAN STANDAR PELAYANAN");
  }

  @Test
  void equivalentVersionsSaySoInTheLog() {
    StandardsCatalog sample = Samples.sample();
    String text =
        Differ.standard().compare(sample, sample).toString(ChangeLogFormat.TEXT, Locale.ENGLISH);
    assertThat(text).contains("The versions are equivalent: no change.");
  }
}
