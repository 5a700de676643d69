package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkmCommandTest {

  private static final String CSV =
      "jenis_layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\n"
          + "KTP;4;4;4;4;4;4;4;4;4\n"
          + "Akta;3;3;3;3;3;3;3;3;3\n";

  @TempDir Path temp;

  private Path write(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void computesTheIndexAsIndonesianTextByDefault() throws Exception {
    SpTest.Run run = sp("skm", write("skm.csv", CSV).toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.PASSED);
    assertThat(run.out())
        .contains("Nilai konversi (IKM × 25): 87,50")
        .contains("Mutu pelayanan: B (Baik)")
        .contains("Jenis layanan: KTP");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void writesJsonInEnglishWithRoundedWeights() throws Exception {
    SpTest.Run run =
        sp(
            "skm",
            write("skm.csv", CSV).toString(),
            "--format",
            "json",
            "--weights",
            "0.111",
            "--lang",
            "en");

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.PASSED);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("weighting").asText()).isEqualTo("0.111");
    // 3.5 × 9 × 0.111 × 25 = 87.4125
    assertThat(json.at("/convertedValue/rounded").decimalValue()).isEqualByComparingTo("87.41");
    assertThat(json.at("/grade/label").asText()).isEqualTo("Good");
  }

  @Test
  void writesAnSvgChart() throws Exception {
    SpTest.Run run = sp("skm", write("skm.csv", CSV).toString(), "--format", "svg");

    assertThat(run.code()).isEqualTo(Sp.PASSED);
    assertThat(run.out()).startsWith("<?xml").contains("<title id=\"skm-title\">");
  }

  @Test
  void readsJsonFromStandardInput() {
    String json =
        "{\"respondents\": [{\"U1\":1,\"U2\":1,\"U3\":1,\"U4\":1,\"U5\":1,\"U6\":1,"
            + "\"U7\":1,\"U8\":1,\"U9\":1}]}";

    SpTest.Run run =
        sp(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "skm", "-");

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.PASSED);
    assertThat(run.out()).contains("25,00").contains("D (Tidak baik)");
  }

  @Test
  void aSmallSampleIsAWarningOnStandardErrorAndStillComputes() throws Exception {
    SpTest.Run run =
        sp("skm", write("skm.csv", CSV).toString(), "--population", "1000", "--lang", "en");

    assertThat(run.code()).isEqualTo(Sp.PASSED);
    assertThat(run.err().strip())
        .isEqualTo(
            "sp: WARNING: Sample too small: 2 respondents where a population of 1,000 needs at"
                + " least 278 (Krejcie–Morgan table).");
  }

  @Test
  void aBadCellIsOneLocatedLineWithExitCode2() throws Exception {
    Path file = write("bad.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,9,4,4,4,4\n");

    SpTest.Run run = sp("skm", file.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err().strip())
        .isEqualTo("sp: " + file + ": row 2, column 5 (U5): answer '9' is outside the 1–4 scale");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsUnreadableWithoutAStackTrace() {
    SpTest.Run run = sp("skm", temp.resolve("none.csv").toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnknownWeightingIsAUsageError() throws Exception {
    SpTest.Run run = sp("skm", write("skm.csv", CSV).toString(), "--weights", "0.1");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err()).contains("exact, 0.11, 0.111");
  }

  @Test
  void aNonPositivePopulationIsRefused() throws Exception {
    SpTest.Run run = sp("skm", write("skm.csv", CSV).toString(), "--population", "0");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err().strip()).isEqualTo("sp: --population harus bilangan positif: 0");
  }
}
