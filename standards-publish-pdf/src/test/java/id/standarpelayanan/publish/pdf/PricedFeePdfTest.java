package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sample's fees are all free, so its PDFs never show an amount: a catalogue whose middle
 * service charges priced items proves that each item's name and amount appear in that service's
 * part of the PDF, and in no other service's.
 */
class PricedFeePdfTest {

  private static final List<String> NAMES = List.of("Layanan Alfa", "Layanan Beta", "Layanan Gama");

  private static StandardsCatalog catalog() {
    List<ServiceStandard> sample = Samples.catalog().getStandards();
    Fee priced =
        Fee.builder()
            .addItem(
                FeeItem.builder()
                    .setName("Penerbitan salinan akta")
                    .setAmount(Rupiah.of(50_000))
                    .build())
            .addItem(
                FeeItem.builder()
                    .setName("Legalisasi per lembar")
                    .setAmount(Rupiah.of(2_500))
                    .build())
            .build();
    var catalog =
        StandardsCatalog.builder().from(Samples.catalog()).setStatus(CatalogStatus.PUBLISHED);
    catalog.setStandards(List.of());
    for (int i = 0; i < NAMES.size(); i++) {
      var standard = ServiceStandard.builder().from(sample.get(i)).setName(NAMES.get(i));
      if (i == 1) {
        standard.setFee(priced);
      }
      catalog.addStandard(standard.build());
    }
    return catalog.build();
  }

  private static String text(Layout layout, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Samples.publisher(locale, false).write(catalog(), layout, out);
    return PdfInspection.of(out.toByteArray()).flatText();
  }

  /** The text of the second service: from its heading to the third's, past the contents. */
  private static String secondService(String text) {
    int afterContents = text.indexOf(NAMES.get(2)) + NAMES.get(2).length();
    int start = text.indexOf(NAMES.get(1), afterContents);
    int end = text.indexOf(NAMES.get(2), start);
    assertThat(start).as("the second service's heading").isPositive();
    assertThat(end).as("the third service's heading").isGreaterThan(start);
    return text.substring(start, end);
  }

  @Test
  void theAnnexAndTheDisplayShowEachPricedItemWithItsAmountInItsService() throws IOException {
    for (Layout layout : List.of(Layout.ANNEX, Layout.DISPLAY)) {
      String id = text(layout, Languages.INDONESIAN);
      String en = text(layout, Locale.ENGLISH);

      assertThat(secondService(id))
          .as(layout + " id")
          .contains("Penerbitan salinan akta: Rp50.000")
          .contains("Legalisasi per lembar: Rp2.500")
          .doesNotContain("Tidak dipungut biaya");
      assertThat(secondService(en))
          .as(layout + " en")
          .contains("Penerbitan salinan akta: IDR 50,000")
          .contains("Legalisasi per lembar: IDR 2,500");
      // The other services stay free and show no amount.
      String rest = id.substring(id.indexOf(NAMES.get(2), id.indexOf(NAMES.get(2)) + 1));
      assertThat(rest).doesNotContain("Rp50.000").doesNotContain("Rp2.500");
    }
  }
}
