package id.standarpelayanan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text tests every placeholder and product rule relies on, written as plain loops. */
class TextsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-",
        " — ",
        "...",
        "…",
        "???",
        "TBD",
        "tbd.",
        "(TBD)",
        "Menyusul",
        "  akan \t menyusul ",
        "N/A",
        "xxx",
        "      to be determined      ",
        "Belum ditentukan!",
        "[TBA]",
        "Akan  Menyusul",
        "LOREM\u2003IPSUM"
      })
  void recognisesPlaceholders(String text) {
    assertThat(Texts.isPlaceholder(text)).isTrue();
    assertThat(Texts.meaningful(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tidak dipungut biaya",
        "Rp 0",
        "-5",
        "TBD oleh bidang teknis",
        "Menyusul kemudian setelah rapat",
        "Petugas",
        "15 menit",
        "a",
        "Nama",
        "Ténaga ahli",
        "İpsum",
        "?!",
        "xx",
        "tbdx"
      })
  void leavesRealTextAlone(String text) {
    assertThat(Texts.isPlaceholder(text)).isFalse();
    assertThat(Texts.meaningful(text)).isTrue();
  }

  @Test
  void blankIsNeitherPlaceholderNorMeaningful() {
    assertThat(Texts.isPlaceholder(" \t")).isFalse();
    assertThat(Texts.meaningful(" \t")).isFalse();
  }

  @Test
  void normalizesSpacesAndCase() {
    assertThat(Texts.normalized("  Surat   Izin\tBelajar \n")).isEqualTo("surat izin belajar");
    assertThat(Texts.normalized("Petugas Front Office PTSP"))
        .isEqualTo("petugas front office ptsp");
  }

  @Test
  void normalizesBeyondAsciiAsTheJdkLowerCases() {
    assertThat(Texts.normalized(" Ketua  TÉKNIS\u2003Ğ ")).isEqualTo("ketua téknis ğ");
    assertThat(Texts.normalized("İzin")).isEqualTo("İzin".toLowerCase(java.util.Locale.ROOT));
  }
}
