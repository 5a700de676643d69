package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

  private static final Path SAMPLE = Path.of("..", "examples", "data", "kanwil-kemenag-aceh.json");
  private static final Path FAULTY =
      Path.of("..", "examples", "data", "legalisasi-ijazah-bermasalah.json");

  @TempDir Path temp;

  @Test
  void publishesTheSampleAnnexAsHtmlOnStandardOutput() {
    SpTest.Run run = sp("publish", SAMPLE.toString(), "--to", "html");

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.PASSED);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("LAMPIRAN KEPUTUSAN")
        .contains("Legalisasi Fotokopi Ijazah/STTB Madrasah")
        .doesNotContain("class=\"watermark\"");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void writesTheDisplayAndThePledgeInEnglishToFiles() throws Exception {
    Path display = temp.resolve("out/display.html");
    Path pledge = temp.resolve("pledge.html");

    SpTest.Run first =
        sp(
            "publish",
            SAMPLE.toString(),
            "--to",
            "html",
            "--layout",
            "display",
            "--lang",
            "en",
            "-o",
            display.toString());
    SpTest.Run second =
        sp(
            "publish",
            SAMPLE.toString(),
            "--to",
            "html",
            "--layout",
            "pledge",
            "--lang",
            "en",
            "-o",
            pledge.toString());

    assertThat(first.code()).as(first.err()).isEqualTo(Sp.PASSED);
    assertThat(second.code()).as(second.err()).isEqualTo(Sp.PASSED);
    assertThat(Files.readString(display)).contains("<h1>Service Information</h1>");
    assertThat(Files.readString(pledge)).contains("SERVICE PLEDGE").contains("lang=\"en\"");
    assertThat(first.err()).isEqualTo(display + " written\n");
  }

  @Test
  void writesOneFlowchartPerServiceIntoTheDirectory() throws Exception {
    Path dir = temp.resolve("bagan");

    SpTest.Run run = sp("publish", SAMPLE.toString(), "--to", "svg", "-o", dir.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.PASSED);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .hasSize(7)
          .first()
          .isEqualTo("1-legalisasi-ijazah-madrasah.svg");
    }
  }

  @Test
  void writesTheAnnexAsPdfToTheFileNamed() throws Exception {
    Path pdf = temp.resolve("out/lampiran.pdf");

    SpTest.Run run = sp("publish", SAMPLE.toString(), "--to", "pdf", "-o", pdf.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("lampiran.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getNumberOfPages()).isGreaterThan(7);
    }
  }

  @Test
  void aPdfWithoutAnOutputFileIsAUsageError() {
    SpTest.Run run = sp("publish", SAMPLE.toString(), "--to", "pdf", "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("sp: a PDF is a binary file: name it with -o FILE.pdf\n");
  }

  @Test
  void severalFlowchartsWithoutADirectoryAreAUsageError() {
    SpTest.Run run = sp("publish", SAMPLE.toString(), "--to", "svg", "--lang", "en");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("sp: 7 flowcharts: write them to a directory with -o DIR");
  }

  @Test
  void aStandardWithErrorsIsPublishedAsADraftWithExitCodeOne() throws Exception {
    Path standard =
        Files.writeString(
            temp.resolve("standard.json"),
            "{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"name\":\"<script>alert(1)</script>\"}",
            StandardCharsets.UTF_8);

    SpTest.Run draft = sp("publish", standard.toString(), "--to", "html", "--lang", "en");
    SpTest.Run insisted =
        sp("publish", standard.toString(), "--to", "html", "--publish-despite-errors");

    assertThat(draft.code()).isEqualTo(Sp.FINDINGS);
    assertThat(draft.out())
        .contains("<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    assertThat(draft.err()).contains("published as a DRAFT");
    assertThat(insisted.code()).isEqualTo(Sp.FINDINGS);
    assertThat(insisted.out()).contains("id=\"temuan\"");
  }

  @Test
  void anOfficesTemplateReplacesTheBuiltInOneAndTheRestStay() throws Exception {
    Path templates = Files.createDirectories(temp.resolve("templat"));
    Files.writeString(
        templates.resolve("letterhead.mustache"),
        "<header class=\"letterhead\"><p>KOP SURAT KANTOR {{#provider}}{{#name}}{{> field}}{{/name}}{{/provider}}</p></header>\n",
        StandardCharsets.UTF_8);

    SpTest.Run run =
        sp("publish", SAMPLE.toString(), "--to", "html", "--templates", templates.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.PASSED);
    assertThat(run.out())
        .contains("<p>KOP SURAT KANTOR Kantor Wilayah Kementerian Agama Provinsi Aceh</p>")
        .contains("LAMPIRAN KEPUTUSAN");
  }

  @Test
  void templatesThatAreNotADirectoryAreAUsageErrorInTheUsersLanguage() {
    Path missing = temp.resolve("tidak-ada");
    SpTest.Run run =
        sp("publish", SAMPLE.toString(), "--to", "html", "--templates", missing.toString());
    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("sp: " + missing + " bukan direktori templat");
  }

  @Test
  void aTemplateThatDoesNotCompileIsAUsageError() throws Exception {
    Path templates = Files.createDirectories(temp.resolve("rusak"));
    Files.writeString(
        templates.resolve("annex.mustache"), "{{#open}} never closed", StandardCharsets.UTF_8);

    SpTest.Run run =
        sp("publish", SAMPLE.toString(), "--to", "html", "--templates", templates.toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err()).startsWith("sp: templat di " + templates + " tidak dapat dipakai:");
  }

  @Test
  void anUnreadableFileIsExitCodeTwo() {
    SpTest.Run run = sp("publish", temp.resolve("none.json").toString(), "--to", "html");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.out()).isEmpty();
  }

  /** The sample's first standard alone, as a standard document: it passes {@code sp validate}. */
  private Path oneStandard() throws Exception {
    try (StandardsDocument document = StandardsDocuments.strict().read(SAMPLE)) {
      var standard = ((StandardsDocument.Catalog) document).catalog().getStandards().get(0);
      return Files.writeString(
          temp.resolve("one.json"),
          StandardsJson.builder().build().writeToString(standard),
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void aStandardAloneIsCheckedAsAStandardAndExitsAsValidateDoes() throws Exception {
    Path one = oneStandard();

    SpTest.Run validate = sp("validate", one.toString());
    SpTest.Run publish = sp("publish", one.toString(), "--to", "html", "--lang", "en");

    assertThat(validate.code()).as(validate.out()).isEqualTo(Sp.PASSED);
    assertThat(publish.code()).as(publish.err()).isEqualTo(validate.code());
    assertThat(publish.err()).isEmpty();
    // No catalogue rule judged the missing provider: a standard alone is only a draft.
    assertThat(publish.out())
        .doesNotContain("sp.catalog.provider")
        .doesNotContain("id=\"temuan\"")
        .contains("<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>")
        .contains("Legalisasi Fotokopi Ijazah/STTB Madrasah");
  }

  @Test
  void aFaultyStandardAloneReportsTheErrorsValidateFinds() {
    SpTest.Run validate = sp("validate", FAULTY.toString(), "--lang", "en");
    SpTest.Run publish =
        sp(
            "publish",
            FAULTY.toString(),
            "--to",
            "html",
            "--lang",
            "en",
            "--publish-despite-errors");

    assertThat(validate.code()).isEqualTo(Sp.FINDINGS);
    assertThat(publish.code()).isEqualTo(validate.code());
    assertThat(validate.out()).contains("ERROR 7,");
    assertThat(publish.err()).contains("the check found 7 errors");
    assertThat(publish.out()).doesNotContain("sp.catalog.");
  }

  @Test
  void flowchartsOfAFaultyStandardDoNotClaimADraftMarkTheyDoNotCarry() {
    SpTest.Run id = sp("publish", FAULTY.toString(), "--to", "svg");
    SpTest.Run en = sp("publish", FAULTY.toString(), "--to", "svg", "--lang", "en");

    assertThat(id.code()).isEqualTo(Sp.FINDINGS);
    assertThat(id.out()).contains("<svg").doesNotContain("DRAF");
    assertThat(id.err())
        .contains("pemeriksaan menemukan 7 kesalahan")
        .contains("tanpa tanda rancangan")
        .doesNotContain("diterbitkan sebagai rancangan");
    assertThat(en.code()).isEqualTo(Sp.FINDINGS);
    assertThat(en.err())
        .contains("the check found 7 errors")
        .contains("no draft mark")
        .doesNotContain("published as a DRAFT");
  }

  @Test
  void aLayoutWithFlowchartsIsAUsageErrorInTheUsersLanguage() {
    Path dir = temp.resolve("bagan");
    SpTest.Run id =
        sp(
            "publish",
            SAMPLE.toString(),
            "--to",
            "svg",
            "--layout",
            "display",
            "-o",
            dir.toString());
    SpTest.Run en =
        sp("publish", SAMPLE.toString(), "--to", "svg", "--layout", "annex", "--lang", "en");

    assertThat(id.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(id.err())
        .isEqualTo(
            "sp: --layout berlaku untuk HTML dan PDF; bagan alir (--to svg) tidak mempunyai tata"
                + " letak\n");
    assertThat(dir).doesNotExist();
    assertThat(en.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(en.out()).isEmpty();
    assertThat(en.err())
        .isEqualTo("sp: --layout applies to HTML and PDF; a flowchart (--to svg) has no layout\n");
  }

  @Test
  void oneErrorIsOneErrorInEnglish() throws Exception {
    var standard =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            SpTest.JSON.readTree(oneStandard().toFile());
    standard.remove("serviceGuarantee");
    Path one =
        Files.writeString(
            temp.resolve("one-error.json"), standard.toString(), StandardCharsets.UTF_8);
    Path dir = temp.resolve("bagan");

    SpTest.Run draft = sp("publish", one.toString(), "--to", "html", "--lang", "en");
    SpTest.Run insisted =
        sp("publish", one.toString(), "--to", "html", "--lang", "en", "--publish-despite-errors");
    SpTest.Run svg =
        sp("publish", one.toString(), "--to", "svg", "--lang", "en", "-o", dir.toString());

    assertThat(draft.code()).isEqualTo(Sp.FINDINGS);
    assertThat(draft.err())
        .isEqualTo("sp: " + one + ": the check found 1 error; published as a DRAFT\n");
    assertThat(insisted.err()).contains(": the check found 1 error; published as requested");
    assertThat(svg.err())
        .startsWith("1 flowchart written to " + dir + "\n")
        .contains(": the check found 1 error; the flowcharts");
  }

  @Test
  void aDirectoryGivenAsTheOutputFileIsToldInTheUsersLanguage() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("keluaran"));

    SpTest.Run id = sp("publish", SAMPLE.toString(), "--to", "html", "-o", dir.toString());
    SpTest.Run en =
        sp("publish", SAMPLE.toString(), "--to", "html", "--lang", "en", "-o", dir.toString());
    SpTest.Run pdf = sp("publish", SAMPLE.toString(), "--to", "pdf", "-o", dir.toString());

    assertThat(id.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(id.err())
        .isEqualTo(
            "sp: tidak dapat menulis " + dir + ": itu sebuah direktori; sebutkan nama berkas\n");
    assertThat(en.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(en.err())
        .isEqualTo("sp: cannot write " + dir + ": it is a directory; name a file\n");
    assertThat(pdf.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(pdf.err()).contains("itu sebuah direktori");
    assertThat(dir).isDirectory();
  }

  @Test
  void aFileWhereADirectoryIsExpectedIsToldInTheUsersLanguage() throws Exception {
    Path file = Files.writeString(temp.resolve("berkas.txt"), "x", StandardCharsets.UTF_8);

    SpTest.Run html =
        sp("publish", SAMPLE.toString(), "--to", "html", "-o", file.resolve("a.html").toString());
    SpTest.Run svg =
        sp("publish", SAMPLE.toString(), "--to", "svg", "--lang", "en", "-o", file.toString());

    assertThat(html.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(html.err())
        .isEqualTo(
            "sp: tidak dapat menulis "
                + file.resolve("a.html")
                + ": "
                + file
                + " adalah berkas, bukan direktori\n");
    assertThat(svg.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(svg.err())
        .isEqualTo("sp: cannot write " + file + ": " + file + " is a file, not a directory\n");
  }
}
