package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A module's bundle answers in the language asked for, not in the JVM's default (the tests run with
 * an English default locale), by either way of naming where the bundle is.
 */
class LanguagesTest {

  private static final String BUNDLE = "id.standarpelayanan.model.Labels";
  private static final String KEY = "Component.FEE";

  @Test
  void indonesianIsTheBaseBundleEvenOnAnEnglishMachine() {
    ResourceBundle byModule =
        Languages.bundle(BUNDLE, Languages.INDONESIAN, ModelLabels.class.getModule());
    ResourceBundle byLoader =
        Languages.bundle(BUNDLE, Languages.INDONESIAN, ModelLabels.class.getClassLoader());

    assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
    assertThat(byModule.getString(KEY)).isEqualTo(byLoader.getString(KEY)).isEqualTo("Biaya/tarif");
  }

  @Test
  void englishAndEveryOtherLanguageAreAnsweredAlike() {
    Module model = ModelLabels.class.getModule();

    assertThat(Languages.bundle(BUNDLE, Locale.UK, model).getString(KEY)).isEqualTo("Fee/tariff");
    assertThat(Languages.bundle(BUNDLE, Locale.FRENCH, model).getString(KEY))
        .isEqualTo("Biaya/tarif");
  }

  @Test
  void aLongDateIsWrittenInTheSupportedLanguage() {
    LocalDate date = LocalDate.of(2024, 8, 15);
    assertThat(Languages.longDate(date, Languages.INDONESIAN)).isEqualTo("15 Agustus 2024");
    assertThat(Languages.longDate(date, Locale.UK)).isEqualTo("15 August 2024");
    // A language the library does not speak gets Indonesian, as its bundles do.
    assertThat(Languages.longDate(date, Locale.FRENCH)).isEqualTo("15 Agustus 2024");
  }
}
