package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.notable;
import static id.standarpelayanan.rules.Fixtures.onlyFinding;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.rules.example.UnitStatedRule;
import id.standarpelayanan.rules.internal.BuiltInRules;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Built-in profiles, derived profiles and custom rules. */
class ProfileTest {

  @Test
  void theDefaultProfileAppliesEveryBuiltInRuleAndRequiresAllComponents() {
    Profile profile = Profile.law25Of2009();
    assertThat(profile.name()).isEqualTo("uu-25-2009");
    assertThat(profile.rules()).hasSize(BuiltInRules.all().size()).isEqualTo(profile.allRules());
    assertThat(profile.rules())
        .extracting(Rule::id)
        .isSorted()
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("sp."));
    for (Component component : Component.values()) {
      assertThat(
              profile.severity(
                  "sp.completeness." + component.name().toLowerCase(Locale.ROOT).replace('_', '-')))
          .isEqualTo(Severity.ERROR);
    }
    assertThat(profile.workingTime()).isEqualTo(WorkingTime.standard());
    assertThat(profile.maximumEvaluationAge()).isEqualTo(Period.ofMonths(12));
    assertThat(Checker.builder().build().profile()).isSameAs(profile);
  }

  @Test
  void aStandardSilentOnCostDoesNotPassTheKemenagProfileEither() {
    // The eleven principles do not name fee/tariff, but UU 25/2009 art. 21 letter e requires it.
    Profile kemenag = Profile.kemenagElevenPrinciples();
    assertThat(kemenag.severity("sp.completeness.fee")).isEqualTo(Severity.ERROR);
    ServiceStandard withoutFee = standard().withFee(Optional.empty());
    Report report = Fixtures.checker(kemenag, Locale.ENGLISH).check(withoutFee);
    Finding fee = onlyFinding(report, "sp.completeness.fee", "/fee");
    assertThat(fee.severity()).isEqualTo(Severity.ERROR);
    assertThat(report.passed()).isFalse();
    assertThat(report.score())
        .isEqualTo(
            Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH).check(withoutFee).score());
  }

  @Test
  void builtInProfilesAreFoundByName() {
    assertThat(Profile.builtIns())
        .extracting(Profile::name)
        .containsExactly("uu-25-2009", "kemenag-11-prinsip");
    assertThat(Profile.builtIn("kemenag-11-prinsip")).contains(Profile.kemenagElevenPrinciples());
    assertThat(Profile.builtIn("tidak-ada")).isEmpty();
  }

  @Test
  void aDerivedProfileSwitchesRulesOffAndOverridesSeverities() {
    Profile derived =
        Profile.law25Of2009().toBuilder()
            .name("longgar")
            .disable("sp.completeness.fee")
            .severity("sp.complaint.response-time", Severity.ERROR)
            .build();
    assertThat(derived.isEnabled("sp.completeness.fee")).isFalse();
    assertThat(derived.rules()).hasSize(BuiltInRules.all().size() - 1);
    assertThat(derived.allRules()).hasSize(BuiltInRules.all().size());
    assertThat(Profile.law25Of2009().isEnabled("sp.completeness.fee"))
        .as("the original is untouched")
        .isTrue();

    Checker checker = Fixtures.checker(derived, Locale.ENGLISH);
    assertThat(notable(checker.check(standard().withFee(Optional.empty())))).isEmpty();
    Finding response =
        onlyFinding(
            checker.check(
                RuleCatalogueTest.complaints(
                    standard(),
                    c ->
                        c.withResponseTime(Optional.empty())
                            .withProcedure("Pengaduan dicatat dan diteruskan ke unit terkait"))),
            "sp.complaint.response-time",
            "/complaintHandling/responseTime");
    assertThat(response.severity()).isEqualTo(Severity.ERROR);

    Profile again = derived.toBuilder().enable("sp.completeness.fee").build();
    assertThat(again.isEnabled("sp.completeness.fee")).isTrue();
    assertThat(again.severity("sp.complaint.response-time")).isEqualTo(Severity.ERROR);
  }

  @Test
  void aProfileWithTwoRulesOfOneIdIsRejectedNamingTheId() {
    Profile.Builder builder =
        Profile.law25Of2009().toBuilder()
            .addRule(Profile.law25Of2009().rule("sp.fee.vague").orElseThrow());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sp.fee.vague");
    Profile.Builder twice =
        Profile.builder("dua-kali").addRule(new UnitStatedRule()).addRule(new UnitStatedRule());
    assertThatThrownBy(twice::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(UnitStatedRule.ID);
  }

  @Test
  void switchesAndSeveritiesOfUnknownRulesAreRejected() {
    assertThatThrownBy(() -> Profile.law25Of2009().toBuilder().disable("sp.no-such-rule").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sp.no-such-rule");
    assertThatThrownBy(
            () ->
                Profile.law25Of2009().toBuilder()
                    .severity("sp.no-such-rule", Severity.INFO)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sp.no-such-rule");
    assertThatThrownBy(() -> Profile.law25Of2009().severity("sp.no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sp.no-such-rule");
    assertThatThrownBy(
            () -> Profile.law25Of2009().toBuilder().maximumEvaluationAge(Period.ofMonths(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Profile.builder(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void customRulesAreAddedProgrammatically() {
    Profile profile =
        Profile.law25Of2009().toBuilder().name("acme").addRule(new UnitStatedRule()).build();
    Finding finding =
        onlyFinding(
            Fixtures.checker(profile, Locale.ENGLISH).check(standard().withUnit(Optional.empty())),
            UnitStatedRule.ID,
            "/unit");
    assertThat(finding.message())
        .isEqualTo("The service legalisasi-ijazah-madrasah names no work unit.");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.component()).isEmpty();
  }

  @Test
  void customRulesAreDiscoveredWithServiceLoader() {
    Profile profile =
        Profile.law25Of2009().toBuilder()
            .name("acme")
            .discoverRules(getClass().getClassLoader())
            .severity(UnitStatedRule.ID, Severity.ERROR)
            .build();
    assertThat(profile.rule(UnitStatedRule.ID)).get().isInstanceOf(UnitStatedRule.class);
    Report report =
        Fixtures.checker(profile, Fixtures.INDONESIAN)
            .check(catalog().withStandards(standard().withUnit(Optional.empty())));
    Finding finding = onlyFinding(report, UnitStatedRule.ID, "/standards/0/unit");
    assertThat(finding.message())
        .isEqualTo("Layanan legalisasi-ijazah-madrasah tidak menyebutkan unit kerja.");
    assertThat(report.passed()).isFalse();

    assertThatThrownBy(() -> profile.toBuilder().discoverRules(getClass().getClassLoader()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(UnitStatedRule.ID);
  }

  @Test
  void aRuleMayReportOnlyItsOwnMessageKeys() {
    Rule sloppy =
        new UnitStatedRule() {
          @Override
          public Set<String> messageKeys() {
            return Set.of("other");
          }
        };
    Checker checker =
        Fixtures.checker(Profile.builder("ceroboh").addRule(sloppy).build(), Locale.ENGLISH);
    Finding failed =
        onlyFinding(checker.check(standard().withUnit(Optional.empty())), Checker.RULE_FAILED, "");
    assertThat(failed.arguments())
        .containsExactly(UnitStatedRule.ID, IllegalArgumentException.class.getName());
    assertThat(failed.severity()).isEqualTo(Severity.ERROR);
  }
}
