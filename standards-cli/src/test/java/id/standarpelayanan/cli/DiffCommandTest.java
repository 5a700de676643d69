package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import id.standarpelayanan.cli.SpTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OLD = "../examples/data/kanwil-kemenag-aceh.json";
  private static final String OLD_XML = "../examples/data/kanwil-kemenag-aceh.xml";
  private static final String NEW = "../examples/data/kanwil-kemenag-aceh-2025.json";
  private static final String STANDARD = "../examples/data/legalisasi-ijazah-bermasalah.json";

  @Test
  void twoEditionsThatDifferExitOneWithTheIndonesianChangeLog() {
    Run run = sp("diff", OLD, NEW);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("PERUBAHAN STANDAR PELAYANAN (KATALOG)")
        .contains("Persyaratan ditambah [membebani]")
        .contains("Semula  : 14 hari kerja")
        .contains("Menjadi : 10 hari kerja");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theHtmlChangeLogIsThePublicationModulesPage() throws IOException {
    Run run = sp("diff", OLD, NEW, "--format", "html");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    // The page standards-publish's golden file holds, reviewed there (Nu Html Checker included).
    assertThat(run.out())
        .isEqualTo(
            Files.readString(
                Path.of("../standards-publish/src/test/resources/golden/changes.id.html"),
                StandardCharsets.UTF_8));
  }

  @Test
  void theHtmlChangeLogTakesTheOfficesLetterhead(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("letterhead.mustache"), "<header><p>KOP SURAT KANWIL</p></header>\n");
    Run run =
        sp("diff", OLD, NEW, "--format", "html", "--lang", "en", "--templates", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("<header><p>KOP SURAT KANWIL</p></header>")
        .contains("<th scope=\"col\" class=\"before\">BEFORE</th>");

    Files.writeString(dir.resolve("changes.mustache"), "{{#groups}}unclosed");
    Run broken = sp("diff", OLD, NEW, "--format", "html", "--templates", dir.toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.out()).isEmpty();
    assertThat(broken.err()).startsWith("sp: templat di ").contains("changes.mustache");
  }

  @Test
  void templatesAreForTheHtmlLogAndMustBeADirectory(@TempDir Path dir) {
    Run text = sp("diff", OLD, NEW, "--templates", dir.toString());
    assertThat(text.code()).isEqualTo(2);
    assertThat(text.out()).isEmpty();
    assertThat(text.err()).isEqualTo("sp: --templates hanya berlaku untuk --format html\n");

    Path missing = dir.resolve("tidak-ada");
    Run html =
        sp("diff", OLD, NEW, "--format", "html", "--templates", missing.toString(), "--lang", "en");
    assertThat(html.code()).isEqualTo(2);
    assertThat(html.out()).isEmpty();
    assertThat(html.err()).isEqualTo("sp: " + missing + " is not a directory of templates\n");
  }

  @Test
  void theNextEditionPassesValidationItself() {
    Run run = sp("validate", NEW, "--lang", "en");
    assertThat(run.code()).as(run.out()).isEqualTo(0);
    assertThat(run.out()).contains("1 passed, 0 not passed");
  }

  @Test
  void theSameCatalogueInJsonAndXmlIsEquivalentAndExitsZero() {
    Run run = sp("diff", OLD, OLD_XML, "--lang", "en");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("The versions are equivalent: no change.");
  }

  @Test
  void theJsonLogInEnglishNamesTheBurden() throws IOException {
    Run run = sp("diff", OLD, NEW, "--format", "json", "--lang", "en");
    assertThat(run.code()).isEqualTo(1);
    JsonNode log = run.json();
    assertThat(log.path("language").asText()).isEqualTo("en");
    assertThat(log.path("summary").path("burdens").asInt()).isEqualTo(1);
  }

  @Test
  void thePatchTurnsTheOldCanonicalJsonIntoTheNew(@TempDir Path dir) throws IOException {
    Run patch = sp("diff", OLD, NEW, "--format", "patch");
    assertThat(patch.code()).isEqualTo(1);
    Path oldCanonical = dir.resolve("old.json");
    Path newCanonical = dir.resolve("new.json");
    Files.writeString(
        oldCanonical, sp("convert", OLD, "--to", "json").out(), StandardCharsets.UTF_8);
    Files.writeString(
        newCanonical, sp("convert", NEW, "--to", "json").out(), StandardCharsets.UTF_8);
    JsonNode applied =
        JsonPatch.apply(JSON.readTree(patch.out()), JSON.readTree(oldCanonical.toFile()));
    assertThat(applied).isEqualTo(JSON.readTree(newCanonical.toFile()));
  }

  @Test
  void aCatalogueAgainstAStandardIsAUsageErrorNamingBoth() {
    Run run = sp("diff", OLD, STANDARD, "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "sp: "
                + OLD
                + " is a catalogue and "
                + STANDARD
                + " is a standard: compare two documents of the same kind\n");
  }

  @Test
  void anUnreadableSideExitsTwo() {
    Run missing = sp("diff", OLD, "no-such-file.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.json");
    Run broken =
        sp(
            new ByteArrayInputStream("{\"schemaVersion\": ".getBytes(StandardCharsets.UTF_8)),
            "diff",
            "-",
            NEW);
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.out()).isEmpty();
  }

  @Test
  void bothVersionsFromStandardInputIsAUsageErrorInTheUsersLanguage() throws IOException {
    byte[] sample = Files.readAllBytes(Path.of(OLD));
    Run id = sp(new ByteArrayInputStream(sample), "diff", "-", "-");
    assertThat(id.code()).isEqualTo(2);
    assertThat(id.out()).isEmpty();
    assertThat(id.err())
        .isEqualTo(
            "sp: masukan standar hanya dapat dibaca sekali: hanya satu versi boleh berupa -\n");
    Run en = sp(new ByteArrayInputStream(sample), "diff", "-", "-", "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .isEqualTo("sp: standard input can be read only once: only one version may be -\n");
    // One side from standard input still works.
    assertThat(sp(new ByteArrayInputStream(sample), "diff", "-", OLD).code()).isEqualTo(0);
  }

  @Test
  void theHelpTellsEveryExitCode() {
    Run id = sp("diff", "--help");
    assertThat(id.code()).isEqualTo(0);
    assertThat(id.out().replaceAll("\\s+", " "))
        .contains("Keluar 0 bila setara, 1 bila berbeda, 2 bila versi tidak terbaca");
    Run en = sp("diff", "--help", "--lang", "en");
    assertThat(en.out().replaceAll("\\s+", " "))
        .contains("Exits 0 when equivalent, 1 when they differ, 2 when a version cannot be read");
  }

  @Test
  void aMissingSecondVersionIsAUsageError() {
    assertThat(sp("diff", OLD).code()).isEqualTo(2);
  }

  @Test
  void twoStandardsCompare() {
    Run run = sp("diff", STANDARD, STANDARD, "--lang", "en");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).startsWith("CHANGES TO THE SERVICE STANDARD\n");
  }
}
