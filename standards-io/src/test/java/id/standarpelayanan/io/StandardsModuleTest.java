package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StandardsModule} in an application's plain {@code ObjectMapper}: the canonical shape both
 * ways, {@code schemaVersion} at the root only, and the model's refusals as Jackson's bad-input
 * exception.
 */
class StandardsModuleTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsJson PRETTY_JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsCatalog CATALOG = KanwilAcehFixtures.catalog();
  private static final ServiceStandard STANDARD = KanwilAcehFixtures.legalisasiIjazah();

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new StandardsModule());

  @Test
  void writesTheSampleCatalogueByteForByteAsTheJsonCodec() throws Exception {
    assertThat(mapper.writeValueAsString(CATALOG)).isEqualTo(JSON.writeToString(CATALOG));
    assertThat(mapper.writeValueAsBytes(CATALOG))
        .isEqualTo(JSON.writeToString(CATALOG).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(mapper.writeValueAsString(STANDARD)).isEqualTo(JSON.writeToString(STANDARD));
  }

  @Test
  void roundTripsTheSampleCatalogueAndStandard() throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(CATALOG), StandardsCatalog.class))
        .isEqualTo(CATALOG);
    assertThat(mapper.readValue(mapper.writeValueAsString(STANDARD), ServiceStandard.class))
        .isEqualTo(STANDARD);
  }

  @Test
  void readsWhatTheJsonCodecWroteAndTheCodecReadsWhatTheModuleWrote() throws Exception {
    assertThat(mapper.readValue(PRETTY_JSON.writeToString(CATALOG), StandardsCatalog.class))
        .isEqualTo(CATALOG);
    assertThat(JSON.readCatalog(mapper.writeValueAsString(CATALOG))).isEqualTo(CATALOG);
    assertThat(JSON.readStandard(mapper.writeValueAsString(STANDARD))).isEqualTo(STANDARD);
  }

  @Test
  void datesAreIsoStringsWhateverTheMappersTimestampSetting() throws Exception {
    assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();

    JsonNode tree = mapper.readTree(mapper.writeValueAsString(CATALOG));

    assertThat(tree.path("decree").path("date").isTextual()).isTrue();
    assertThat(tree.path("decree").path("date").asText()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  }

  @Test
  void schemaVersionIsWrittenFirstAtTheRootOnly() throws Exception {
    JsonNode root = mapper.readTree(mapper.writeValueAsString(STANDARD));
    assertThat(root.fieldNames().next()).isEqualTo("schemaVersion");
    assertThat(root.get("schemaVersion").asText()).isEqualTo("1.1");

    JsonNode catalog = mapper.readTree(mapper.writeValueAsString(CATALOG));
    assertThat(catalog.get("standards"))
        .allSatisfy(s -> assertThat(s.has("schemaVersion")).isFalse());

    JsonNode list = mapper.readTree(mapper.writeValueAsString(List.of(STANDARD, STANDARD)));
    assertThat(list).hasSize(2).allSatisfy(s -> assertThat(s.has("schemaVersion")).isFalse());
    JsonNode wrapped = mapper.readTree(mapper.writeValueAsString(Map.of("standard", STANDARD)));
    assertThat(wrapped.get("standard").has("schemaVersion")).isFalse();
    assertThat(wrapped.get("standard").get("id").asText())
        .isEqualTo(STANDARD.getId().orElseThrow());
  }

  @Test
  void nestedValuesRoundTripWithoutSchemaVersion() throws Exception {
    String json = mapper.writeValueAsString(List.of(STANDARD, STANDARD));

    assertThat(mapper.readValue(json, new TypeReference<List<ServiceStandard>>() {}))
        .containsExactly(STANDARD, STANDARD);
  }

  @Test
  void schemaVersionIsOptionalOnReading() throws Exception {
    ObjectNode bare = (ObjectNode) mapper.readTree(JSON.writeToString(STANDARD));
    bare.remove("schemaVersion");

    assertThat(mapper.treeToValue(bare, ServiceStandard.class)).isEqualTo(STANDARD);
  }

  @Test
  void everyReadableSchemaVersionIsAcceptedEvenNested() throws Exception {
    ObjectNode standard = (ObjectNode) mapper.readTree(JSON.writeToString(STANDARD));
    standard.put("schemaVersion", "1.0");
    String wrapped = "[" + mapper.writeValueAsString(standard) + "]";

    assertThat(mapper.readValue(wrapped, new TypeReference<List<ServiceStandard>>() {}))
        .containsExactly(STANDARD);
  }

  @Test
  void anUnknownSchemaVersionIsBadInputCarryingTheReadError() throws Exception {
    ObjectNode standard = (ObjectNode) mapper.readTree(JSON.writeToString(STANDARD));
    standard.put("schemaVersion", "9.0");

    StandardsReadException cause =
        readError(() -> mapper.readValue(standard.toString(), ServiceStandard.class));

    assertThat(cause.getCode()).isEqualTo(ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION);
    assertThat(cause.getPointer()).isEqualTo("/schemaVersion");
  }

  @Test
  void aMissingRequiredPropertyIsBadInputWithItsPointer() {
    StandardsReadException cause =
        readError(
            () ->
                mapper.readValue(
                    "{\"standards\": [{\"completionTime\": {\"maximum\":"
                        + " {\"unit\": \"WORKING_DAYS\"}}}]}",
                    StandardsCatalog.class));

    assertThat(cause.getCode()).isEqualTo(ReadErrorCode.MISSING_FIELD);
    assertThat(cause.getPointer()).isEqualTo("/standards/0/completionTime/maximum/amount");
  }

  @Test
  void aNegativeAmountIsBadInputWithItsPointer() throws Exception {
    ObjectNode standard = (ObjectNode) mapper.readTree(JSON.writeToString(STANDARD));
    ObjectNode time = (ObjectNode) standard.path("completionTime").path("maximum");
    assertThat(time.isMissingNode()).isFalse();
    time.put("amount", -1);

    StandardsReadException cause =
        readError(() -> mapper.readValue(standard.toString(), ServiceStandard.class));

    assertThat(cause.getCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
    assertThat(cause.getPointer()).isEqualTo("/completionTime/maximum/amount");
  }

  @Test
  void unknownFieldsFollowTheApplicationsMapperSetting() throws Exception {
    ObjectNode standard = (ObjectNode) mapper.readTree(JSON.writeToString(STANDARD));
    standard.put("bukanField", true);

    assertThat(
            catchThrowableOfType(
                JsonMappingException.class,
                () -> mapper.readValue(standard.toString(), ServiceStandard.class)))
        .isNotNull();
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new StandardsModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(standard.toString(), ServiceStandard.class)).isEqualTo(STANDARD);
  }

  @Test
  void registeringTwiceIsHarmless() throws Exception {
    ObjectMapper twice =
        new ObjectMapper()
            .registerModule(new StandardsModule())
            .registerModule(new StandardsModule());

    assertThat(twice.getRegisteredModuleIds()).containsOnlyOnce(StandardsModule.class.getName());
    assertThat(twice.writeValueAsString(CATALOG)).isEqualTo(JSON.writeToString(CATALOG));
  }

  private static StandardsReadException readError(ThrowingCallable call) {
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, call::call);
    assertThat(e).as("a JsonMappingException").isNotNull();
    Throwable cause = e;
    while (cause != null && !(cause instanceof StandardsReadException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a StandardsReadException in the cause chain of %s", e).isNotNull();
    return (StandardsReadException) cause;
  }

  @FunctionalInterface
  private interface ThrowingCallable {
    void call() throws Exception;
  }
}
