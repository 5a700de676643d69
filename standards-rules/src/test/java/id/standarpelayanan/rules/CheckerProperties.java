package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.Defect;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Laws of checking, over the testkit's generated standards and catalogues. */
class CheckerProperties {

  private static final Checker CHECKER = Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH);
  private static final Checker KEMENAG =
      Fixtures.checker(Profile.kemenagElevenPrinciples(), Fixtures.INDONESIAN);

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void checkingIsDeterministic(@ForAll("anyCatalog") StandardsCatalog catalog) {
    Report first = CHECKER.check(catalog);
    assertThat(Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH).check(catalog))
        .isEqualTo(first);
    assertThat(CHECKER.check(catalog)).isEqualTo(first);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void shufflingStandardsOnlyPermutesFindings(
      @ForAll("anyCatalog") StandardsCatalog catalog, @ForAll long seed) {
    List<ServiceStandard> shuffled = new ArrayList<>(catalog.getStandards());
    Collections.shuffle(shuffled, new Random(seed));
    Report original = CHECKER.check(catalog);
    Report permuted =
        CHECKER.check(ImmutableStandardsCatalog.copyOf(catalog).withStandards(shuffled));

    assertThat(byService(permuted)).isEqualTo(byService(original));
    assertThat(catalogueFindings(permuted)).isEqualTo(catalogueFindings(original));
    assertThat(permuted.counts()).isEqualTo(original.counts());
    assertThat(permuted.score()).isEqualTo(original.score());
    assertThat(permuted.componentStatus()).isEqualTo(original.componentStatus());
    assertThat(permuted.principleStatus()).isEqualTo(original.principleStatus());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void completeStandardsAndCataloguesPass(@ForAll StandardsCatalog catalog) {
    Report report = CHECKER.check(catalog);
    assertThat(report.findings())
        .as("%s", report)
        .allMatch(finding -> finding.severity() == Severity.INFO);
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.passed()).isTrue();
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anOptionalFacilityKeepsAPassingStandardPassing(
      @ForAll ServiceStandard standard,
      @ForAll("facilities") List<Facility> added,
      @ForAll boolean english) {
    Checker checker = english ? CHECKER : KEMENAG;
    Report before = checker.check(standard);
    Assume.that(before.passed());
    List<Facility> facilities = new ArrayList<>(standard.getFacilities());
    facilities.addAll(added);
    Report after =
        checker.check(ImmutableServiceStandard.copyOf(standard).withFacilities(facilities));
    assertThat(after.passed()).as("%s", after).isTrue();
    assertThat(after.count(Severity.WARNING)).isEqualTo(before.count(Severity.WARNING));
    assertThat(after.score()).isEqualTo(before.score());
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void fillingAMissingComponentNeverLowersTheScore(
      @ForAll ServiceStandard complete,
      @ForAll Set<Component> removed,
      @ForAll Component filled,
      @ForAll boolean kemenag) {
    Assume.that(removed.contains(filled));
    Checker checker = kemenag ? KEMENAG : CHECKER;
    ServiceStandard without = Components.without(complete, removed);
    Set<Component> fewer = removed.stream().filter(c -> c != filled).collect(Collectors.toSet());
    ServiceStandard refilled = Components.without(complete, fewer);
    assertThat(refilled.fills(filled)).isTrue();
    assertThat(without.filledComponents()).doesNotContainAnyElementsOf(removed);
    int before = checker.check(without).score();
    int after = checker.check(refilled).score();
    assertThat(after).isGreaterThanOrEqualTo(before);
    if (!kemenag || filled != Component.FEE) {
      assertThat(after).as("a required component counts").isGreaterThan(before);
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void everyTestkitDefectIsReportedByTheRuleItNames(
      @ForAll("defective") Tuple2<Defect, ServiceStandard> defective) {
    Report report = CHECKER.check(defective.get2());
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .as("%s", report)
        .contains(defective.get1().ruleId());
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals(defective.get1().ruleId()))
        .allMatch(
            f ->
                defective.get1().isStructural()
                    || f.severity() == Profile.law25Of2009().severity(f.ruleId()));
  }

  @Provide
  Arbitrary<StandardsCatalog> anyCatalog() {
    Arbitrary<ServiceStandard> defective =
        Arbitraries.of(Defect.class).flatMap(d -> StandardsArbitraries.standards().with(d));
    return Arbitraries.oneOf(
        StandardsArbitraries.catalogs(),
        StandardsArbitraries.catalogsOf(defective),
        StandardsArbitraries.draftCatalogs());
  }

  @Provide
  Arbitrary<List<Facility>> facilities() {
    return StandardsArbitraries.of(Facility.class).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Tuple2<Defect, ServiceStandard>> defective() {
    return Arbitraries.of(Defect.class)
        .flatMap(d -> StandardsArbitraries.standards().with(d).map(s -> Tuple.of(d, s)));
  }

  /** Each standard's findings, by service id, with pointers relative to the standard. */
  private static Map<String, List<Finding>> byService(Report report) {
    Map<String, List<Finding>> findings = new HashMap<>();
    for (StandardReport standard : report.standards()) {
      List<Finding> relative =
          standard.findings().stream()
              .map(
                  f ->
                      new Finding(
                          f.ruleId(),
                          f.severity(),
                          f.source(),
                          f.pointer().substring(standard.pointer().length()),
                          f.principle(),
                          f.component(),
                          f.message(),
                          f.arguments()))
              .toList();
      // Standards are told apart by id: drafts without one, or with a repeated one, are skipped.
      Assume.that(standard.serviceId().isPresent());
      Assume.that(findings.put(standard.serviceId().get(), relative) == null);
    }
    return findings;
  }

  private static List<Finding> catalogueFindings(Report report) {
    return report.findings().stream().filter(f -> !f.pointer().startsWith("/standards/")).toList();
  }

  /**
   * Removes components from a standard, as a draft under compilation lacks them: calls the
   * generated {@code withX(Optional.empty())} or {@code withX(List.of())} of each component's
   * property.
   */
  static final class Components {
    private Components() {}

    static ServiceStandard without(ServiceStandard standard, Set<Component> components) {
      ImmutableServiceStandard s = ImmutableServiceStandard.copyOf(standard);
      for (Component component : components) {
        String property = component.property();
        String name = "with" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        Method with =
            Arrays.stream(ImmutableServiceStandard.class.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
                .filter(
                    m ->
                        m.getParameterTypes()[0] == Optional.class
                            || m.getParameterTypes()[0] == Iterable.class)
                .findFirst()
                .orElseThrow();
        try {
          s =
              (ImmutableServiceStandard)
                  with.invoke(
                      s,
                      with.getParameterTypes()[0] == Optional.class ? Optional.empty() : List.of());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return s;
    }
  }
}
