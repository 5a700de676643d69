package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.example.UnitStatedRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule that throws does not abort the check: it becomes a finding of its own, and the others go
 * on.
 */
class RuleFailureTest {

  /** A rule that reports one finding on every standard and then throws what it is given. */
  static final class FailingRule implements Rule {
    static final String ID = "acme.failing";
    private final Supplier<Throwable> failure;
    private final boolean onCatalog;

    FailingRule(Supplier<Throwable> failure, boolean onCatalog) {
      this.failure = failure;
      this.onCatalog = onCatalog;
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Set<Component> components() {
      return Set.of(Component.FEE);
    }

    @Override
    public String description(Locale locale) {
      return "Fails.";
    }

    @Override
    public Set<String> messageKeys() {
      return Set.of("seen");
    }

    @Override
    public String messagePattern(String key, Locale locale) {
      return "seen {0}";
    }

    @Override
    public void check(ServiceStandard standard, RuleContext context) {
      context.report("/fee", "seen", "before");
      throwIt(failure.get());
    }

    @Override
    public void check(StandardsCatalog catalog, RuleContext context) {
      if (onCatalog) {
        throwIt(failure.get());
      }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwIt(Throwable failure) throws T {
      throw (T) failure;
    }
  }

  static Stream<Supplier<Throwable>> failures() {
    return Stream.of(
        () -> new IllegalStateException("secret \u001b[31m message"),
        () -> new AssertionError("assertion"),
        () -> new LinkageError("linkage"),
        () -> new ExceptionInInitializerError("initializer"),
        () -> new NoClassDefFoundError("missing/Class"),
        () -> new java.io.IOException("a checked exception, thrown sneakily"));
  }

  private static Checker checker(Rule rule, Locale locale) {
    Profile profile = Profile.law25Of2009().toBuilder().name("acme").addRule(rule).build();
    return Fixtures.checker(profile, locale);
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aFailingRuleIsReportedAsAFindingAndEveryOtherRuleStillChecks(Supplier<Throwable> failure) {
    Throwable thrown = failure.get();
    StandardsCatalog catalog = catalog().withStandards(standard(), standard().withId("kedua"));
    Report report = checker(new FailingRule(failure, true), Locale.ENGLISH).check(catalog);

    List<Finding> failed =
        report.findings().stream().filter(f -> f.ruleId().equals(Checker.RULE_FAILED)).toList();
    assertThat(failed)
        .extracting(Finding::pointer)
        .containsExactlyInAnyOrder("", "/standards/0", "/standards/1");
    for (Finding finding : failed) {
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.source()).isEqualTo(FindingSource.RULE);
      assertThat(finding.component()).isEmpty();
      assertThat(finding.arguments()).containsExactly(FailingRule.ID, thrown.getClass().getName());
      assertThat(finding.message())
          .isEqualTo(
              "Rule "
                  + FailingRule.ID
                  + " failed while checking ("
                  + thrown.getClass().getName()
                  + "); its findings may be incomplete. Report this to the rule's provider.");
    }
    // what it found before it failed is kept
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals(FailingRule.ID))
        .extracting(Finding::pointer)
        .containsExactlyInAnyOrder("/standards/0/fee", "/standards/1/fee");
    assertThat(report.passed()).isFalse();

    // every other rule reports what it reports without the failing rule
    Report without = Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH).check(catalog);
    assertThat(report.findings())
        .filteredOn(f -> !f.ruleId().startsWith("acme.") && !f.ruleId().equals(Checker.RULE_FAILED))
        .containsExactlyElementsOf(without.findings());
  }

  @Test
  void aFailingRuleOnOneStandardIsReportedInIndonesianAtTheStandardsRoot() {
    Report report =
        checker(new FailingRule(AssertionError::new, false), Fixtures.INDONESIAN).check(standard());
    Finding failed =
        Fixtures.notable(report).stream()
            .filter(f -> f.ruleId().equals(Checker.RULE_FAILED))
            .findFirst()
            .orElseThrow();
    assertThat(failed.pointer()).isEmpty();
    assertThat(failed.message())
        .isEqualTo(
            "Aturan acme.failing gagal saat memeriksa (java.lang.AssertionError); temuannya"
                + " mungkin tidak lengkap. Laporkan kepada penyedia aturan itu.");
  }

  @Test
  void theFailuresMessageAndStackTraceAreNotInTheReport() {
    Report report =
        checker(
                new FailingRule(
                    () -> new IllegalStateException("secret \u001b[31m message"), false),
                Locale.ENGLISH)
            .check(standard());
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message()).doesNotContain("secret").doesNotContain("\u001b"));
    assertThat(report.toString()).doesNotContain("secret");
  }

  @Test
  void aFailingRuleWhoseIdHasControlCharactersIsNamedEscaped() {
    Rule rule =
        new UnitStatedRule() {
          @Override
          public String id() {
            return "acme.\u001b[2Jevil\nline";
          }

          @Override
          public void check(ServiceStandard standard, RuleContext context) {
            throw new IllegalArgumentException();
          }
        };
    Finding failed =
        Fixtures.notable(checker(rule, Locale.ENGLISH).check(standard())).stream()
            .filter(f -> f.ruleId().equals(Checker.RULE_FAILED))
            .findFirst()
            .orElseThrow();
    assertThat(failed.message())
        .contains("acme.\\u001B[2Jevil\\nline")
        .doesNotContain("\u001b")
        .doesNotContain("\n");
    assertThat(failed.arguments().get(0)).isEqualTo(rule.id());
  }

  @Test
  void aRuleThatReportsAMalformedPointerFailsAsARuleInsteadOfMakingABadFinding() {
    Rule rule =
        new UnitStatedRule() {
          @Override
          public void check(ServiceStandard standard, RuleContext context) {
            context.report("unit", "missing", "x");
          }
        };
    Report report = checker(rule, Locale.ENGLISH).check(catalog());
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals(rule.id())).isEmpty();
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals(Checker.RULE_FAILED))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.arguments())
                    .containsExactly(rule.id(), IllegalArgumentException.class.getName()))
        .allSatisfy(f -> assertThat(f.pointer()).startsWith("/standards/"));
  }

  @Test
  void aRuleReportsAtAPointerAsAtItsStringForm() {
    Pointer place = Pointer.root().child("fee").child("items").index(0).child("a/b~c");
    Rule typed =
        new UnitStatedRule() {
          @Override
          public void check(ServiceStandard standard, RuleContext context) {
            context.report(place, "missing", "x");
            context.report(Component.FEE, place, "missing", "x");
          }
        };
    Rule text =
        new UnitStatedRule() {
          @Override
          public void check(ServiceStandard standard, RuleContext context) {
            context.report("/fee/items/0/a~1b~0c", "missing", "x");
            context.report(Component.FEE, "/fee/items/0/a~1b~0c", "missing", "x");
          }
        };

    List<Finding> byPointer = checker(typed, Locale.ENGLISH).check(standard()).findings();
    List<Finding> byString = checker(text, Locale.ENGLISH).check(standard()).findings();

    assertThat(byPointer).isEqualTo(byString);
    assertThat(byPointer)
        .filteredOn(f -> f.ruleId().equals(UnitStatedRule.ID))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.path()).isEqualTo(place))
        .extracting(Finding::component)
        .containsExactly(Optional.empty(), Optional.of(Component.FEE));
  }

  @Test
  void errorsOfTheVirtualMachinePropagate() {
    for (Supplier<Throwable> error :
        List.<Supplier<Throwable>>of(
            () -> new OutOfMemoryError("test"),
            () -> new StackOverflowError("test"),
            () -> new InternalError("test"))) {
      Throwable expected = error.get();
      assertThatThrownBy(
              () ->
                  checker(new FailingRule(() -> expected, false), Locale.ENGLISH).check(standard()))
          .isSameAs(expected);
      assertThatThrownBy(
              () -> checker(new FailingRule(() -> expected, true), Locale.ENGLISH).check(catalog()))
          .isSameAs(expected);
    }
  }
}
