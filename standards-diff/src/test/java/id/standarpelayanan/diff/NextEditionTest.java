package id.standarpelayanan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sample catalogue (2024) against its hand-made next edition (2025): the changes written down
 * before the comparison ran, then the change log in both languages and as JSON, compared with the
 * reviewed files under {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to
 * rewrite them after an intended change, then review the diff.
 */
class NextEditionTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final StandardsCatalog OLD = Samples.sample();
  private static final StandardsCatalog NEW = Samples.catalog("kanwil-kemenag-aceh-2025.json");
  private static final Comparison COMPARISON = Differ.standard().compare(OLD, NEW);

  @Test
  void theNextEditionChangesWhatItsEditorChangedAndNothingElse() {
    assertThat(COMPARISON.changes())
        .extracting(
            c -> c.serviceId().orElse(""),
            Change::meaning,
            Change::effect,
            c -> c.pointer().toString())
        .containsExactlyInAnyOrder(
            tuple("", Meaning.VALUE_CHANGED, Effect.NEUTRAL, "/decree/number"),
            tuple("", Meaning.VALUE_CHANGED, Effect.NEUTRAL, "/decree/date"),
            tuple("", Meaning.VALUE_CHANGED, Effect.NEUTRAL, "/version"),
            tuple("", Meaning.VALUE_CHANGED, Effect.NEUTRAL, "/effectiveDate"),
            tuple("", Meaning.VALUE_CHANGED, Effect.NEUTRAL, "/pledge/date"),
            tuple("", Meaning.ITEM_ADDED, Effect.NEUTRAL, "/consultations/1"),
            tuple("", Meaning.REWORDED, Effect.NEUTRAL, "/extensions/catatan"),
            tuple(
                "izin-operasional-madrasah-swasta",
                Meaning.TIME_SHORTER,
                Effect.RELIEVES,
                "/standards/1/completionTime/maximum"),
            tuple(
                "izin-operasional-pesantren",
                Meaning.REQUIREMENT_ADDED,
                Effect.BURDENS,
                "/standards/2/requirements/5"),
            tuple("izin-belajar-asn", Meaning.SERVICE_RENAMED, Effect.NEUTRAL, "/standards/3"),
            tuple(
                "izin-penelitian-magang",
                Meaning.SERVICE_WITHDRAWN,
                Effect.UNDETERMINED,
                "/standards/4"));
  }

  @Test
  void theFeeRestatedAsAnItemAtNoCostAndTheTimeRestatedInHoursAreNoChange() {
    assertThat(COMPARISON.changes())
        .noneMatch(c -> c.serviceId().equals(java.util.Optional.of("rekomendasi-rumah-ibadah")))
        .noneMatch(c -> c.serviceId().equals(java.util.Optional.of("permohonan-informasi-publik")));
    assertThat(COMPARISON.jsonPatch())
        .contains("/standards/5/fee")
        .contains("/standards/4/completionTime/maximum/unit");
  }

  @Test
  void theOneBurdenIsTheAddedRequirement() {
    assertThat(COMPARISON.burdensPublic()).isTrue();
    assertThat(COMPARISON.changes(Effect.BURDENS))
        .extracting(Change::meaning)
        .containsExactly(Meaning.REQUIREMENT_ADDED);
  }

  @Test
  void theVersionsSummaryAndOrderAreTheTextLogs() {
    String log = COMPARISON.toString(ChangeLogFormat.TEXT, Languages.INDONESIAN);
    List<String> lines = log.lines().toList();
    assertThat(lines.get(1)).isEqualTo("Semula  : " + COMPARISON.describeOld(Languages.INDONESIAN));
    assertThat(lines.get(2)).isEqualTo("Menjadi : " + COMPARISON.describeNew(Languages.INDONESIAN));
    assertThat(lines.get(3)).isEqualTo(COMPARISON.summary(Languages.INDONESIAN));
    assertThat(COMPARISON.describeOld(Locale.ENGLISH))
        .isEqualTo(
            "Number KW.01.1/1/HK.00/1234/2024 of 15 August 2024, version 2024, Published,"
                + " effective 1 September 2024");
    assertThat(COMPARISON.describeOld(Languages.INDONESIAN))
        .isEqualTo(
            "Nomor KW.01.1/1/HK.00/1234/2024 tanggal 15 Agustus 2024, versi 2024, Dipublikasikan,"
                + " berlaku 1 September 2024");
    assertThat(COMPARISON.summary(Locale.ENGLISH))
        .isEqualTo("Changes: 11 (burdens 1, relieves 1, neutral 8, to be judged 1)");
    // The log's order: the catalogue's own fields, then the services as they first appear.
    assertThat(COMPARISON.grouped()).containsExactlyInAnyOrderElementsOf(COMPARISON.changes());
    assertThat(COMPARISON.grouped())
        .extracting(c -> c.serviceId().orElse(""))
        .containsExactly(
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "izin-operasional-madrasah-swasta",
            "izin-operasional-pesantren",
            "izin-belajar-asn",
            "izin-penelitian-magang");
    assertThat(COMPARISON.providerName())
        .hasValue("Kantor Wilayah Kementerian Agama Provinsi Aceh");
    assertThat(
            Differ.standard()
                .compare(OLD.getStandards().get(0), NEW.getStandards().get(0))
                .providerName())
        .isEmpty();
  }

  @Test
  void indonesianTextLogMatchesGoldenFile() throws IOException {
    compare(
        "kanwil-aceh-2024-2025.id.txt",
        COMPARISON.toString(ChangeLogFormat.TEXT, Languages.INDONESIAN));
  }

  @Test
  void englishTextLogMatchesGoldenFile() throws IOException {
    compare(
        "kanwil-aceh-2024-2025.en.txt", COMPARISON.toString(ChangeLogFormat.TEXT, Locale.ENGLISH));
  }

  @Test
  void jsonLogMatchesGoldenFile() throws IOException {
    compare(
        "kanwil-aceh-2024-2025.id.json",
        COMPARISON.toString(ChangeLogFormat.JSON, Languages.INDONESIAN));
  }

  static void compare(String name, String written) throws IOException {
    GoldenFiles.assertMatches(GOLDEN, name, written);
  }
}
