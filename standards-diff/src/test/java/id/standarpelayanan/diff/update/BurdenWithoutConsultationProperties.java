package id.standarpelayanan.diff.update;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@code sp.update.burden-without-consultation} over the testkit's catalogues: against an
 * equal previous version the report is the plain check's; a mandatory requirement added to any
 * standard is reported exactly once, at that requirement, unless a consultation was held since the
 * previous version took effect.
 */
class BurdenWithoutConsultationProperties {

  private static final Checker UPDATES = BurdenWithoutConsultationTest.checker(Locale.ENGLISH);
  private static final Checker PLAIN =
      Checker.builder().locale(Locale.ENGLISH).clock(BurdenWithoutConsultationTest.CLOCK).build();
  private static final LocalDate TOOK_EFFECT = LocalDate.of(2024, 9, 1);

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void againstAnEqualPreviousVersionTheReportIsThePlainOne(
      @ForAll("catalogues") StandardsCatalog catalog) {
    StandardsCatalog copy = ImmutableStandardsCatalog.builder().from(catalog).build();
    assertThat(UPDATES.check(catalog, copy)).isEqualTo(PLAIN.check(catalog));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void aRequirementAddedWithoutConsultationIsReportedOnceWhereItIs(
      @ForAll("catalogues") StandardsCatalog catalog,
      @ForAll("indexes") int pick,
      @ForAll boolean consultedSince) {
    ImmutableStandardsCatalog previous =
        ImmutableStandardsCatalog.copyOf(catalog)
            .withStatus(CatalogStatus.PUBLISHED)
            .withEffectiveDate(TOOK_EFFECT)
            .withConsultations(List.of());
    int index = pick % previous.getStandards().size();
    List<ServiceStandard> standards = new ArrayList<>(previous.getStandards());
    ImmutableServiceStandard changed = ImmutableServiceStandard.copyOf(standards.get(index));
    List<Requirement> requirements = new ArrayList<>(changed.getRequirements());
    requirements.add(
        Requirement.builder()
            .setId("syarat-tambahan-uji")
            .setDescription("Surat keterangan tambahan dari kelurahan setempat")
            .setKind(RequirementKind.ADMINISTRATIVE)
            .setMandatory(true)
            .build());
    standards.set(index, changed.withRequirements(requirements));
    ImmutableStandardsCatalog current = previous.withStandards(standards);
    if (consultedSince) {
      current =
          current.withConsultations(
              PublicConsultation.builder().setDate(TOOK_EFFECT.plusMonths(6)).build());
    }

    List<Finding> found = BurdenWithoutConsultationTest.findings(UPDATES.check(current, previous));

    if (consultedSince) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .extracting(Finding::pointer)
          .containsExactly("/standards/" + index + "/requirements/" + (requirements.size() - 1));
    }
  }

  @Provide
  Arbitrary<StandardsCatalog> catalogues() {
    return StandardsArbitraries.catalogs()
        .filter(c -> !c.getStandards().isEmpty())
        .filter(
            c ->
                c.getStandards().stream()
                    .allMatch(
                        s ->
                            s.getRequirements().stream()
                                .noneMatch(
                                    r ->
                                        r.getId()
                                            .equals(
                                                java.util.Optional.of("syarat-tambahan-uji")))));
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }
}
