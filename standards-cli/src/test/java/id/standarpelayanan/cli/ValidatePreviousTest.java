package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.SAMPLE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sp validate NEW --previous OLD}: the update rules judge NEW against OLD, the one of
 * standards-diff included; OLD itself is only compared, and an unusable OLD is a usage error.
 */
class ValidatePreviousTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  /**
   * The sample with a new mandatory requirement for the operating licence of private madrasahs, and
   * its decree, version and dates unchanged: an update that is not identified as one and burdens
   * the public without a consultation since 2024-09-01.
   */
  private Path unidentifiedUpdate() throws IOException {
    ObjectNode catalog = (ObjectNode) MAPPER.readTree(SAMPLE.toFile());
    ArrayNode requirements = (ArrayNode) catalog.at("/standards/1/requirements");
    requirements
        .addObject()
        .put("id", "syarat-8")
        .put("description", "Surat rekomendasi Kantor Kementerian Agama kabupaten/kota")
        .put("kind", "ADMINISTRATIVE")
        .put("mandatory", true);
    return write("katalog-2025.json", MAPPER.writeValueAsString(catalog));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> ruleIds(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.findValues("ruleId").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  @Test
  void anUpdateUnderTheOldDecreeThatBurdensThePublicIsReportedByTheUpdateRules()
      throws IOException {
    SpTest.Run run =
        sp(
            "validate",
            unidentifiedUpdate().toString(),
            "--previous",
            SAMPLE.toString(),
            "--format",
            "json");

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.FINDINGS);
    assertThat(ruleIds(run.json()))
        .contains(
            "sp.update.identity-unchanged",
            "sp.update.previous-not-superseded",
            "sp.update.burden-without-consultation");
    assertThat(run.out()).contains("/standards/1/requirements/7", "/decree/number");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theMessagesAreInTheLanguageAsked() throws IOException {
    SpTest.Run run =
        sp(
            "validate",
            unidentifiedUpdate().toString(),
            "--previous",
            SAMPLE.toString(),
            "--lang",
            "en");

    assertThat(run.code()).isEqualTo(Sp.FINDINGS);
    assertThat(run.out())
        .contains("the decree number \"KW.01.1/1/HK.00/1234/2024\" is the same")
        .contains("new requirement");
    SpTest.Run indonesian =
        sp("validate", unidentifiedUpdate().toString(), "--previous", SAMPLE.toString());
    assertThat(indonesian.out())
        .contains("nomor surat keputusan \"KW.01.1/1/HK.00/1234/2024\" masih sama")
        .contains("persyaratan baru");
  }

  @Test
  void aDocumentGivenAsItsOwnPreviousVersionGetsItsPlainReport() {
    SpTest.Run plain = sp("validate", SAMPLE.toString());
    SpTest.Run update = sp("validate", SAMPLE.toString(), "--previous", SAMPLE.toString());

    assertThat(update.code()).isEqualTo(Sp.PASSED).isEqualTo(plain.code());
    assertThat(update.out()).isEqualTo(plain.out());
  }

  @Test
  void anUnreadablePreviousVersionIsAUsageErrorBeforeAnythingIsChecked() throws IOException {
    SpTest.Run missing =
        sp("validate", SAMPLE.toString(), "--previous", temp.resolve("tidak-ada.json").toString());
    assertThat(missing.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err())
        .startsWith("sp: versi sebelumnya (--previous) tidak dapat dibaca: ")
        .contains("berkas tidak ditemukan");

    SpTest.Run broken =
        sp(
            "validate",
            SAMPLE.toString(),
            "--previous",
            write("rusak.json", "{\"schemaVersion\": \"1.1\", ").toString(),
            "--lang",
            "en");
    assertThat(broken.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(broken.err()).startsWith("sp: the previous version (--previous) cannot be read: ");
  }

  @Test
  void anArrayOfStandardsIsNoPreviousVersion() throws IOException {
    JsonNode standards = MAPPER.readTree(SAMPLE.toFile()).get("standards");
    Path array = write("layanan.json", MAPPER.writeValueAsString(standards));

    SpTest.Run run =
        sp("validate", SAMPLE.toString(), "--previous", array.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err())
        .contains("the previous version (--previous) must be a catalogue or one standard");
  }

  @Test
  void aStandardIsComparedWithAStandardAndACatalogueNotWithOne() throws IOException {
    JsonNode standard = MAPPER.readTree(SAMPLE.toFile()).at("/standards/0");
    ObjectNode previous = ((ObjectNode) standard.deepCopy()).put("schemaVersion", "1.1");
    Path old = write("standar-lama.json", MAPPER.writeValueAsString(previous));

    SpTest.Run same = sp("validate", old.toString(), "--previous", old.toString());
    assertThat(same.code()).as(same.out()).isEqualTo(Sp.PASSED);

    SpTest.Run mismatch =
        sp("validate", SAMPLE.toString(), "--previous", old.toString(), "--lang", "en");
    assertThat(mismatch.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(mismatch.out())
        .contains(
            "this document is a catalogue, but the previous version given is a single standard");
  }
}
