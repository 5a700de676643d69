package id.standarpelayanan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.rules.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlacesTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void placesAreSaidInWordsNumberedFromOne() {
    assertThat(Places.describe(Pointer.parse("/requirements/2"), ID)).contains("Persyaratan no. 3");
    assertThat(Places.describe(Pointer.parse("/standards/4/procedure/steps/4/duration"), ID))
        .contains("Langkah prosedur no. 5");
    assertThat(Places.describe(Pointer.parse("/procedure/steps/4"), Locale.ENGLISH))
        .contains("Procedure step no. 5");
    assertThat(Places.describe(Pointer.parse("/complaintHandling/channels/0/address"), ID))
        .contains("Saluran pengaduan no. 1");
    assertThat(Places.describe(Pointer.parse("/fee/items/1"), Locale.ENGLISH))
        .contains("Fee/tariff item no. 2");
    assertThat(Places.describe(Pointer.parse("/decree/number"), ID)).isEmpty();
    assertThat(Places.describe(Pointer.root(), ID)).isEmpty();
  }

  @Test
  void severitiesAreLabelledInTheReportsLanguage() {
    assertThat(Places.severity(Severity.ERROR, ID)).isEqualTo("GALAT");
    assertThat(Places.severity(Severity.WARNING, ID)).isEqualTo("PERINGATAN");
    assertThat(Places.severity(Severity.INFO, ID)).isEqualTo("INFO");
    assertThat(Places.severity(Severity.ERROR, Locale.ENGLISH)).isEqualTo("ERROR");
    assertThat(Places.severity(Severity.WARNING, Locale.FRENCH))
        .as("any other language is answered in Indonesian")
        .isEqualTo("PERINGATAN");
  }
}
