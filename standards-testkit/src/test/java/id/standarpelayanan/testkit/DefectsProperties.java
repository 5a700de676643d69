package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.WorkingTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Tailored standards have exactly the parts removed and the defects they claim, and stay
 * structurally valid. (That each defect triggers its rule is proved with the rule engine in {@code
 * DefectsTriggerTheirRulesProperties}.)
 */
class DefectsProperties {

  @Property(tries = 30)
  void everyComponentCanBeLeftOut(@ForAll Component component) {
    Arbitrary<ServiceStandard> arbitrary = StandardsArbitraries.standards().without(component);

    arbitrary
        .sampleStream()
        .limit(5)
        .forEach(
            standard -> {
              assertThat(standard.filledComponents()).doesNotContain(component).hasSize(13);
              assertThat(ModelValidation.validator().validate(standard)).isEmpty();
            });
  }

  @Property(tries = 60)
  void everyDefectButTheStructuralOnesKeepsTheStandardStructurallyValid(@ForAll Defect defect) {
    StandardsArbitraries.standards()
        .with(defect)
        .sampleStream()
        .limit(5)
        .forEach(
            standard -> {
              if (defect.isStructural()) {
                assertThat(ModelValidation.validator().validate(standard))
                    .extracting(
                        v ->
                            "sp.structure."
                                + kebab(
                                    v.getConstraintDescriptor()
                                        .getAnnotation()
                                        .annotationType()
                                        .getSimpleName()))
                    .containsExactly(defect.ruleId());
              } else {
                assertThat(ModelValidation.validator().validate(standard)).isEmpty();
              }
            });
  }

  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  @Example
  void theXmlForbiddenCharacterDefectIsFoundAtTheDescription() {
    StandardsArbitraries.standards()
        .with(Defect.XML_FORBIDDEN_CHARACTER)
        .sampleStream()
        .limit(5)
        .forEach(
            standard -> {
              assertThat(standard.getDescription().orElseThrow()).contains("\uFFFE");
              assertThat(ModelValidation.validator().validate(standard))
                  .extracting(v -> ModelValidation.jsonPointer(v.getPropertyPath()).toString())
                  .containsExactly("/description");
            });
    assertThat(Defect.XML_FORBIDDEN_CHARACTER.isStructural()).isTrue();
    assertThat(Defect.PLACEHOLDER_TEXT.isStructural()).isFalse();
  }

  @Property(tries = 50)
  void stepsExceedingTheCompletionTimeDoExceedIt(@ForAll("slow") ServiceStandard standard) {
    List<ProcedureStep> steps = standard.getProcedure().orElseThrow().getSteps();
    assertThat(
            WorkingTime.standard()
                .compareTotal(
                    steps.stream().map(s -> s.getDuration().orElseThrow()).toList(),
                    standard.getCompletionTime().orElseThrow().getMaximum().orElseThrow()))
        .isPositive();
  }

  @net.jqwik.api.Provide
  Arbitrary<ServiceStandard> slow() {
    return StandardsArbitraries.standards().with(Defect.STEPS_EXCEED_COMPLETION_TIME);
  }

  @Example
  void defectsAndMissingComponentsCombine() {
    StandardArbitrary arbitrary =
        StandardsArbitraries.standards()
            .without(Component.FEE)
            .with(Defect.MISSING_COMPETENCE_DIMENSION, Defect.VAGUE_COMPLETION_TIME);

    assertThat(arbitrary.missing()).containsExactly(Component.FEE);
    assertThat(arbitrary.defects())
        .containsExactly(Defect.VAGUE_COMPLETION_TIME, Defect.MISSING_COMPETENCE_DIMENSION);
    arbitrary
        .sampleStream()
        .limit(20)
        .forEach(
            standard -> {
              assertThat(standard.getFee()).isEmpty();
              assertThat(standard.getCompletionTime().orElseThrow().getMaximum()).isEmpty();
              assertThat(standard.getCompetencies())
                  .noneMatch(
                      c -> c.getDimension().equals(Optional.of(CompetencyDimension.EXPERIENCE)));
            });
  }

  @Example
  void tailoringIsImmutable() {
    StandardArbitrary base = StandardsArbitraries.standards();
    base.without(Component.FEE).with(Defect.VAGUE_FEE);

    assertThat(base.missing()).isEmpty();
    assertThat(base.defects()).isEmpty();
  }

  @Example
  void everyDefectNamesARuleOfTheBuiltInNamespace() {
    for (Defect defect : Defect.values()) {
      assertThat(defect.ruleId()).as(defect.name()).matches("sp\\.[a-z-]+\\.[a-z-]+");
    }
  }
}
