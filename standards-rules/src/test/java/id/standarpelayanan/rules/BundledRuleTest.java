package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule written as its check and a bundle, and the profile's check of that bundle. */
class BundledRuleTest {

  private static final String ID = "acme.standard.unit";

  /** Every standard names its work unit; texts from the bundle {@code bundled/<name>}. */
  static final class UnitStated extends BundledRule {

    UnitStated(String bundle) {
      super(
          ID,
          Severity.WARNING,
          Set.of(),
          "Peraturan Acme 1/2025 pasal 2",
          "id.standarpelayanan.rules.bundled." + bundle,
          UnitStated.class.getModule());
    }

    @Override
    public void check(ServiceStandard standard, RuleContext context) {
      if (standard.getUnit().isEmpty()) {
        context.report("/unit", "missing", standard.getId().orElse("?"));
      }
    }
  }

  private static List<Finding> findings(ServiceStandard standard, Locale locale) {
    Profile profile = Profile.builder("acme").addRule(new UnitStated("unit")).build();
    return Fixtures.checker(profile, locale).check(standard).findings().stream()
        .filter(finding -> finding.ruleId().equals(ID))
        .toList();
  }

  @Test
  void firesWithTheBundlesMessageInEitherLanguage() {
    ServiceStandard withoutUnit = standard().withUnit(Optional.empty());
    String service = withoutUnit.getId().orElse("?");

    assertThat(findings(withoutUnit, Fixtures.INDONESIAN))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.WARNING);
              assertThat(finding.message())
                  .isEqualTo("Layanan " + service + " tidak menyebutkan unit kerja.");
            });
    assertThat(findings(withoutUnit, Locale.ENGLISH))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("The service " + service + " names no work unit.");
  }

  @Test
  void staysQuietWhenTheStandardNamesItsUnit() {
    assertThat(standard().getUnit()).isPresent();
    assertThat(findings(standard(), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void takesItsMetadataFromTheConstructorAndItsTextsFromTheBundle() {
    Rule rule = new UnitStated("unit");
    assertThat(rule.id()).isEqualTo(ID);
    assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(rule.components()).isEmpty();
    assertThat(rule.article()).isEqualTo("Peraturan Acme 1/2025 pasal 2");
    assertThat(rule.messageKeys()).containsExactly("missing");
    assertThat(rule.description(Fixtures.INDONESIAN))
        .isEqualTo("Setiap standar menyebutkan unit kerjanya.");
    assertThat(rule.description(Locale.ENGLISH)).isEqualTo("Every standard names its work unit.");
    assertThatThrownBy(() -> rule.messagePattern("absent", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void theProfileRejectsARuleWhoseMessageHasNoEnglishText() {
    Profile.Builder builder = Profile.builder("acme").addRule(new UnitStated("untranslated"));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining("English")
        .hasMessageContaining("message.unnamed");
  }

  @Test
  void theProfileRejectsARuleWithoutADescription() {
    Profile.Builder builder = Profile.builder("acme").addRule(new UnitStated("undescribed"));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining("Indonesian")
        .hasMessageContaining("description");
  }

  @Test
  void theProfileRejectsAnOtherRuleWithoutAnEnglishPattern() {
    Rule untranslated =
        new id.standarpelayanan.rules.example.UnitStatedRule() {
          @Override
          public String messagePattern(String key, Locale locale) {
            return "en".equals(locale.getLanguage()) ? "" : super.messagePattern(key, locale);
          }
        };
    Profile.Builder builder = Profile.builder("acme").addRule(untranslated);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acme.standard.unit")
        .hasMessageContaining("message missing")
        .hasMessageContaining("language en");
  }

  @Test
  void refusesAnIdThatIsNotNamespaced() {
    assertThatThrownBy(
            () ->
                new BundledRule(
                    "Unit Stated",
                    Severity.INFO,
                    Set.of(Component.LEGAL_BASIS),
                    "",
                    "id.standarpelayanan.rules.bundled.unit",
                    BundledRuleTest.class.getModule()) {})
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unit Stated");
  }
}
