package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** When a publication is a draft, and what a draft shows. */
class EditionTest {

  private static final StandardsCatalog EMPTY_STANDARD =
      StandardsCatalog.builder()
          .setStatus(CatalogStatus.PUBLISHED)
          .addStandard(ServiceStandard.builder().setId("kosong").setName("Layanan kosong").build())
          .build();

  @Test
  void thePublishedSampleWithoutErrorsIsNoDraft() {
    Edition edition = Samples.publisher(Locale.ENGLISH).build().edition(Samples.catalog());
    assertThat(edition.errors()).isEmpty();
    assertThat(edition.draft()).isFalse();
    assertThat(edition.reasons()).isEmpty();
  }

  @Test
  void aCatalogueNotYetEstablishedIsADraft() {
    StandardsCatalog consulted =
        ImmutableStandardsCatalog.copyOf(Samples.catalog()).withStatus(CatalogStatus.CONSULTED);
    Publisher publisher = Samples.publisher(Locale.ENGLISH).build();
    Edition edition = publisher.edition(consulted);
    assertThat(edition.reasons()).containsExactly(DraftReason.NOT_IN_FORCE);
    assertThat(publisher.html(edition, Layout.PLEDGE))
        .contains("<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>")
        .contains("catalogue status: Consulted");
  }

  @Test
  void aDraftIsMadeOnRequest() {
    Publisher publisher = Samples.publisher(Locale.forLanguageTag("id")).draft(true).build();
    Edition edition = publisher.edition(Samples.catalog());
    assertThat(edition.reasons()).containsExactly(DraftReason.REQUESTED);
    assertThat(publisher.html(edition, Layout.ANNEX))
        .contains("<div class=\"watermark\" aria-hidden=\"true\">DRAF</div>");
  }

  @Test
  void errorsMakeADraftUnlessThePublisherInsistsAndThenTheyAreListed() {
    Publisher careful = Samples.publisher(Locale.ENGLISH).build();
    Publisher insisting = Samples.publisher(Locale.ENGLISH).publishDespiteErrors(true).build();

    Edition draft = careful.edition(EMPTY_STANDARD);
    Edition published = insisting.edition(EMPTY_STANDARD);

    assertThat(draft.errors()).isNotEmpty();
    assertThat(draft.reasons()).containsExactly(DraftReason.ERRORS);
    assertThat(published.draft()).isFalse();
    String annex = insisting.html(published, Layout.ANNEX);
    assertThat(annex)
        .doesNotContain("class=\"watermark\"")
        .contains("<section class=\"findings\" id=\"temuan\"")
        .contains("published at the publisher&#39;s request")
        .contains(published.errors().get(0).ruleId())
        .contains("<td class=\"severity\">Error</td>")
        .doesNotContain(">ERROR<");
    assertThat(
            Samples.publisher(Locale.forLanguageTag("id"))
                .publishDespiteErrors(true)
                .build()
                .html(published, Layout.ANNEX))
        .contains("<td class=\"severity\">Galat</td>");
    assertThat(careful.html(draft, Layout.ANNEX))
        .contains("class=\"watermark\"")
        .contains("therefore published as a draft");
  }

  @Test
  void everyComponentAStandardLeavesOutShowsTheMarker() {
    String annex =
        Samples.publisher(Locale.ENGLISH)
            .publishDespiteErrors(true)
            .build()
            .html(EMPTY_STANDARD, Layout.ANNEX);
    assertThat(
            annex.split(
                "<td class=\"content\">\n<span class=\"missing\">not yet stated</span>", -1))
        .hasSize(15);
  }

  @Test
  void aStandardAloneIsCheckedAsAStandardAndIsADraftForWantOfAStatus() {
    Publisher publisher = Samples.publisher(Locale.ENGLISH).build();
    ServiceStandard first = Samples.catalog().getStandards().get(0);

    Edition edition = publisher.edition(first);

    // The catalogue rules (a provider, a decree) do not judge a standard published alone.
    assertThat(edition.errors()).isEmpty();
    assertThat(edition.reasons()).containsExactly(DraftReason.NOT_IN_FORCE);
    assertThat(edition.catalog().getStandards()).containsExactly(first);
    assertThat(publisher.html(edition, Layout.ANNEX))
        .contains("<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>")
        .doesNotContain("id=\"temuan\"");
  }

  @Test
  void argumentsAreRequired() {
    Publisher publisher = Samples.publisher(Locale.ENGLISH).build();
    assertThatThrownBy(() -> publisher.edition((StandardsCatalog) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalog");
    assertThatThrownBy(() -> publisher.edition((ServiceStandard) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("standard");
    assertThatThrownBy(() -> publisher.html(publisher.edition(EMPTY_STANDARD), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("layout");
  }
}
