package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.DEFECTIVE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.cli.SpTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report as {@code sp validate} prints it; the places in words and the severity labels are
 * tested with {@code Places} in standards-reports.
 */
class TextReportTest {

  @TempDir Path temp;

  @Test
  void aReportForAnOfficeNamesPlacesSeveritiesAndTheScore() {
    Run id = sp("validate", DEFECTIVE.toString());
    Run en = sp("validate", "--lang", "en", DEFECTIVE.toString());

    assertThat(id.out())
        .contains("GALAT 7, PERINGATAN 4, INFO 0")
        .contains("    GALAT      sp.legal-basis.repealed  Dasar hukum no. 7 (/legalBasis/6)")
        .contains("    PERINGATAN sp.competence.dimensions  Kompetensi pelaksana (/competencies)")
        .contains("  Di luar sebelas prinsip (biaya/tarif, atau struktur dokumen)")
        .contains("Skor: tiap komponen yang diwajibkan profil bernilai 2 bila lengkap")
        .doesNotContain("WARNING");
    assertThat(en.out())
        .contains("ERROR 7, WARNING 4, INFO 0")
        .contains("  Outside the eleven principles (fee/tariff, or the document's structure)")
        .contains("Score: each component the profile requires earns 2 when complete");
  }

  @Test
  void aReadErrorIsInTheReportAsWellAsOnStandardError() throws IOException {
    Path bad =
        Files.writeString(
            temp.resolve("rusak.json"), "{\"schemaVersion\": ", StandardCharsets.UTF_8);

    Run run = sp("validate", bad.toString(), DEFECTIVE.toString());

    assertThat(run.out()).contains("  Tidak terbaca: ").contains("rusak.json");
    assertThat(run.err()).contains("rusak.json");
    assertThat(run.out()).contains("Ringkasan: 2 masukan, 0 lulus, 1 tidak lulus, 1 tidak terbaca");
  }
}
