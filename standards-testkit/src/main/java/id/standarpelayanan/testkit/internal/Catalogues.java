package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.ConsultationForm;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.ImmutableDecree;
import id.standarpelayanan.model.ImmutablePublicConsultation;
import id.standarpelayanan.model.ImmutableServicePledge;
import id.standarpelayanan.model.ImmutableServiceProvider;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * The catalogue generators: providers, decrees, pledges and consultations dated relative to a
 * reference day, draft catalogues of every status and complete catalogues of complete standards.
 */
public final class Catalogues {

  private Catalogues() {}

  /**
   * Returns service providers.
   *
   * @return the providers
   */
  public static Arbitrary<ServiceProvider> serviceProviders() {
    return Builders.withBuilder(ImmutableServiceProvider::builder)
        .use(
            Arbitraries.of(
                "Kantor Wilayah Kementerian Agama Provinsi Aceh",
                "Kantor Kementerian Agama Kota Banda Aceh",
                "Kantor Kementerian Agama Kabupaten Aceh Besar"))
        .in(ImmutableServiceProvider.Builder::setName)
        .use(Arbitraries.just("Kementerian Agama Republik Indonesia"))
        .withProbability(0.8)
        .in(ImmutableServiceProvider.Builder::setParentAgency)
        .use(Arbitraries.of("Kw.01", "Kk.01.6", "Kk.01.7"))
        .withProbability(0.6)
        .in(ImmutableServiceProvider.Builder::setUnitCode)
        .use(Arbitraries.of("Provinsi Aceh", "Kota Banda Aceh"))
        .withProbability(0.7)
        .in(ImmutableServiceProvider.Builder::setRegion)
        .use(Arbitraries.of(Vocabulary.PLACES))
        .withProbability(0.7)
        .in(ImmutableServiceProvider.Builder::setAddress)
        .use(Drafts.channels().list().ofMaxSize(3))
        .in(ImmutableServiceProvider.Builder::setContacts)
        .use(SmallValues.serviceHours())
        .withProbability(0.5)
        .in(ImmutableServiceProvider.Builder::setServiceHours)
        .build(ImmutableServiceProvider.Builder::build);
  }

  /**
   * Returns decree numbers of the year of {@code asOf}.
   *
   * @param asOf the reference date
   * @return the numbers
   */
  private static Arbitrary<String> decreeNumbers(LocalDate asOf) {
    return Arbitraries.integers()
        .between(100, 9999)
        .map(n -> "KW.01.1/1/HK.00/" + n + "/" + asOf.getYear());
  }

  /**
   * Returns decrees signed on a day before {@code asOf}, the number sometimes left out as some
   * documents do.
   *
   * @param asOf the reference date
   * @return the decrees
   */
  public static Arbitrary<Decree> decrees(LocalDate asOf) {
    return Builders.withBuilder(ImmutableDecree::builder)
        .use(decreeNumbers(asOf))
        .withProbability(0.75)
        .in(ImmutableDecree.Builder::setNumber)
        .use(SmallValues.daysBefore(asOf, 30, 700))
        .withProbability(0.9)
        .in(ImmutableDecree.Builder::setDate)
        .use(Arbitraries.just("Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh"))
        .withProbability(0.7)
        .in(ImmutableDecree.Builder::setSignatory)
        .use(Arbitraries.just("Standar Pelayanan"))
        .withProbability(0.5)
        .in(ImmutableDecree.Builder::setTitle)
        .build(ImmutableDecree.Builder::build);
  }

  /**
   * Returns service pledges.
   *
   * @param asOf the reference date
   * @return the pledges
   */
  public static Arbitrary<ServicePledge> servicePledges(LocalDate asOf) {
    return Builders.withBuilder(ImmutableServicePledge::builder)
        .use(
            Arbitraries.of(
                "Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan",
                "Apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan"))
        .in(ImmutableServicePledge.Builder::setText)
        .use(Arbitraries.just("Kepala Kantor Wilayah"))
        .withProbability(0.7)
        .in(ImmutableServicePledge.Builder::setSignatory)
        .use(SmallValues.daysBefore(asOf, 0, 700))
        .withProbability(0.7)
        .in(ImmutableServicePledge.Builder::setDate)
        .build(ImmutableServicePledge.Builder::build);
  }

  /**
   * Returns public consultations.
   *
   * @param asOf the reference date
   * @return the consultations
   */
  public static Arbitrary<PublicConsultation> publicConsultations(LocalDate asOf) {
    return Builders.withBuilder(ImmutablePublicConsultation::builder)
        .use(SmallValues.daysBefore(asOf, 0, 900))
        .withProbability(0.9)
        .in(ImmutablePublicConsultation.Builder::setDate)
        .use(Arbitraries.of(ConsultationForm.class))
        .withProbability(0.8)
        .in(ImmutablePublicConsultation.Builder::setForm)
        .use(Arbitraries.integers().between(5, 200))
        .withProbability(0.6)
        .in(ImmutablePublicConsultation.Builder::setParticipantCount)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.5)
        .in(ImmutablePublicConsultation.Builder::setSummary)
        .use(Arbitraries.integers().between(1, 99).map(n -> "BA-FKP/" + n))
        .withProbability(0.5)
        .in(ImmutablePublicConsultation.Builder::setMinutesReference)
        .build(ImmutablePublicConsultation.Builder::build);
  }

  /**
   * Returns catalogues whose every part is present or absent independently, holding draft
   * standards: structurally valid, not necessarily complete.
   *
   * @param asOf the reference date
   * @return the catalogues
   */
  public static Arbitrary<StandardsCatalog> drafts(LocalDate asOf) {
    return Builders.withBuilder(ImmutableStandardsCatalog::builder)
        .use(serviceProviders())
        .withProbability(0.7)
        .in(ImmutableStandardsCatalog.Builder::setProvider)
        .use(decrees(asOf))
        .withProbability(0.6)
        .in(ImmutableStandardsCatalog.Builder::setDecree)
        .use(Arbitraries.of("2023", "2024", "2025"))
        .withProbability(0.5)
        .in(ImmutableStandardsCatalog.Builder::setVersion)
        .use(Arbitraries.of(CatalogStatus.class))
        .in(ImmutableStandardsCatalog.Builder::setStatus)
        .use(SmallValues.daysBefore(asOf, 0, 600))
        .withProbability(0.5)
        .in(ImmutableStandardsCatalog.Builder::setEffectiveDate)
        .use(SmallValues.daysBefore(asOf, 0, 600))
        .withProbability(0.5)
        .in(ImmutableStandardsCatalog.Builder::setLastEvaluationDate)
        .use(servicePledges(asOf))
        .withProbability(0.6)
        .in(ImmutableStandardsCatalog.Builder::setPledge)
        .use(SmallValues.publications(asOf).list().ofMaxSize(3))
        .in(ImmutableStandardsCatalog.Builder::setPublications)
        .use(publicConsultations(asOf).list().ofMaxSize(2))
        .in(ImmutableStandardsCatalog.Builder::setConsultations)
        .use(Drafts.standards(asOf).list().ofMaxSize(3))
        .in(ImmutableStandardsCatalog.Builder::setStandards)
        .use(Arbitraries.just("KW.01.1/1/HK.00/0001/2026"))
        .withProbability(0.3)
        .in(ImmutableStandardsCatalog.Builder::setSupersededBy)
        .use(Drafts.extensions())
        .in(ImmutableStandardsCatalog.Builder::setExtensions)
        .build(ImmutableStandardsCatalog.Builder::build);
  }

  /**
   * Returns complete catalogues, valid on {@code asOf}: provider, a numbered decree signed after a
   * public consultation, an effective date after the decree, an evaluation within the last six
   * months, a pledge, publications, and one to four complete standards with distinct ids.
   *
   * @param asOf the day the catalogue is checked on
   * @param standards the standards to hold
   * @return the catalogues
   */
  public static Arbitrary<StandardsCatalog> complete(
      LocalDate asOf, Arbitrary<ServiceStandard> standards) {
    return Builders.withBuilder(ImmutableStandardsCatalog::builder)
        .use(
            Combinators.combine(serviceProviders(), SmallValues.officeHours().optional(0.5))
                .as(
                    (p, hours) ->
                        ImmutableServiceProvider.copyOf(p)
                            .withContacts(
                                Channel.builder()
                                    .setKind(ChannelKind.EMAIL)
                                    .setAddress("ptsp.aceh@kemenag.go.id")
                                    .build())
                            .withServiceHours(hours)))
        .in(ImmutableStandardsCatalog.Builder::setProvider)
        .use(
            Combinators.combine(
                    decrees(asOf), decreeNumbers(asOf), SmallValues.daysBefore(asOf, 60, 700))
                .as(
                    (decree, number, signed) ->
                        ImmutableDecree.copyOf(decree).withNumber(number).withDate(signed)))
        .in(ImmutableStandardsCatalog.Builder::setDecree)
        .use(Arbitraries.of(CatalogStatus.ESTABLISHED, CatalogStatus.PUBLISHED))
        .in(ImmutableStandardsCatalog.Builder::setStatus)
        .use(SmallValues.daysBefore(asOf, 0, 180))
        .in(ImmutableStandardsCatalog.Builder::setLastEvaluationDate)
        .use(servicePledges(asOf))
        .in(ImmutableStandardsCatalog.Builder::setPledge)
        .use(SmallValues.publications(asOf).list().ofMaxSize(2))
        .in(ImmutableStandardsCatalog.Builder::setPublications)
        .use(publicConsultations(asOf).list().ofMinSize(1).ofMaxSize(2))
        .in(ImmutableStandardsCatalog.Builder::setConsultations)
        .use(standards.list().ofMinSize(1).ofMaxSize(4).map(Catalogues::distinctIds))
        .in(ImmutableStandardsCatalog.Builder::setStandards)
        .use(Drafts.extensions())
        .in(ImmutableStandardsCatalog.Builder::setExtensions)
        .build(builder -> dated(builder.build()));
  }

  /**
   * Aligns a catalogue's dates on its decree: consultations two weeks before, the pledge on the
   * day, the standards effective two weeks after.
   */
  private static StandardsCatalog dated(ImmutableStandardsCatalog catalog) {
    LocalDate signed = catalog.getDecree().orElseThrow().getDate().orElseThrow();
    return catalog
        .withVersion(String.valueOf(signed.getYear()))
        .withEffectiveDate(signed.plusDays(14))
        .withPledge(
            ImmutableServicePledge.copyOf(catalog.getPledge().orElseThrow()).withDate(signed))
        .withConsultations(
            catalog.getConsultations().stream()
                .map(
                    c ->
                        (PublicConsultation)
                            ImmutablePublicConsultation.copyOf(c).withDate(signed.minusDays(14)))
                .toList());
  }

  private static List<ServiceStandard> distinctIds(List<ServiceStandard> standards) {
    List<ServiceStandard> out = new ArrayList<>();
    for (int i = 0; i < standards.size(); i++) {
      ServiceStandard s = standards.get(i);
      out.add(
          ImmutableServiceStandard.copyOf(s).withId(s.getId().orElse("layanan") + "-" + (i + 1)));
    }
    return out;
  }
}
