package id.standarpelayanan.rules.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The list of discontinued services is dated data with a source and both languages per entry. */
class DiscontinuedServicesTest {

  @Test
  void everyEntryIsDatedSourcedAndSaysWhatChangedInBothLanguages() {
    assertThat(DiscontinuedServices.all())
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.source()).startsWith("http");
              assertThat(entry.date()).isAfter(LocalDate.of(2000, 1, 1));
              assertThat(entry.changeId()).isNotBlank().isNotEqualTo(entry.changeEn());
              assertThat(entry.changeEn()).isNotBlank();
              assertThat(entry.providers()).isNotEmpty();
              assertThat(entry.services())
                  .isNotEmpty()
                  .allSatisfy(words -> assertThat(words).isNotEmpty());
            });
  }

  @Test
  void servicesAreMatchedByWholeWordsOfTheProviderAndTheService() {
    String kankemenag = "Kantor Kementerian Agama Kota Denpasar";
    assertThat(DiscontinuedServices.matching(kankemenag, "Rekomendasi Paspor Haji / Umrah"))
        .extracting(DiscontinuedServices.Entry::id)
        .contains("kemenag-rekomendasi-paspor-haji");
    assertThat(
            DiscontinuedServices.matching(
                "Dinas Kependudukan dan Pencatatan Sipil", "Rekomendasi Paspor Umrah"))
        .isEmpty();
    assertThat(DiscontinuedServices.matching(kankemenag, "Legalisasi Fotokopi Ijazah")).isEmpty();
  }
}
