package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.DEFECTIVE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.cli.SpTest.Run;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.Places;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {

  @TempDir Path temp;

  @Test
  void placesAreSaidInWordsNumberedFromOne() {
    assertThat(Places.describe(Pointer.parse("/requirements/2"), Language.ID))
        .contains("Persyaratan no. 3");
    assertThat(
            Places.describe(Pointer.parse("/standards/4/procedure/steps/4/duration"), Language.ID))
        .contains("Langkah prosedur no. 5");
    assertThat(Places.describe(Pointer.parse("/procedure/steps/4"), Language.EN))
        .contains("Procedure step no. 5");
    assertThat(Places.describe(Pointer.parse("/complaintHandling/channels/0/address"), Language.ID))
        .contains("Saluran pengaduan no. 1");
    assertThat(Places.describe(Pointer.parse("/fee/items/1"), Language.EN))
        .contains("Fee/tariff item no. 2");
    assertThat(Places.describe(Pointer.parse("/decree/number"), Language.ID)).isEmpty();
    assertThat(Places.describe(Pointer.root(), Language.ID)).isEmpty();
  }

  @Test
  void severitiesAreLabelledInTheReportsLanguage() {
    assertThat(Places.severity(Severity.ERROR, Language.ID)).isEqualTo("GALAT");
    assertThat(Places.severity(Severity.WARNING, Language.ID)).isEqualTo("PERINGATAN");
    assertThat(Places.severity(Severity.INFO, Language.ID)).isEqualTo("INFO");
    assertThat(Places.severity(Severity.ERROR, Language.EN)).isEqualTo("ERROR");
  }

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
