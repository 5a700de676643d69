package id.standarpelayanan.rules.internal.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.fixtures.ModelShape;
import id.standarpelayanan.model.fixtures.ModelShape.Filler;
import id.standarpelayanan.model.fixtures.ModelShape.Kind;
import id.standarpelayanan.model.fixtures.ModelShape.Located;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Meaningful} judges every property of each component, found by reflection over the model
 * ({@link ModelShape}): for each optional, collection or boolean property and each required text
 * inside a component, a standard that states the component with only that property saying something
 * (and every required text of the parts on the way a placeholder "-") is judged meaningful exactly
 * when the property is in {@link #COUNTS}; a property that does not count must be in {@link
 * #SKIPPED} with its reason. An entry covers the properties inside the value it names, unless one
 * of them has its own. A new property of the model inside a component that is in neither table
 * fails here, named.
 */
class MeaningfulTest {

  /** What a meaningful text says; a property with its own sample needs one to count. */
  private static final String TEXT = "Berkas diperiksa dan diverifikasi oleh petugas";

  private static final Map<String, String> SAMPLES =
      Map.of(
          // A description states the number of implementers only with a number in it.
          "Staffing.description", "Dilayani oleh 3 orang petugas");

  /** The properties that make a stated component meaningful, by component. */
  private static final Map<Component, Set<String>> COUNTS =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(
                  Component.LEGAL_BASIS,
                  Set.of("LegalReference.number", "LegalReference.title", "LegalReference.year")),
              Map.entry(
                  Component.REQUIREMENTS,
                  Set.of("ServiceStandard.noRequirements", "Requirement.description")),
              Map.entry(
                  Component.PROCEDURE,
                  Set.of("Procedure.description", "ProcedureStep.description")),
              Map.entry(
                  Component.COMPLETION_TIME,
                  Set.of("CompletionTime.maximum", "CompletionTime.description")),
              Map.entry(Component.FEE, Set.of("Fee.free", "Fee.items", "Fee.description")),
              Map.entry(Component.PRODUCTS, Set.of("Product.name")),
              Map.entry(Component.FACILITIES, Set.of("Facility.name")),
              Map.entry(Component.COMPETENCE, Set.of("Competency.description")),
              Map.entry(
                  Component.INTERNAL_SUPERVISION,
                  Set.of("InternalSupervision.description", "InternalSupervision.supervisors")),
              Map.entry(
                  Component.COMPLAINT_HANDLING,
                  Set.of(
                      "ComplaintHandling.channels",
                      "ComplaintHandling.responseTime",
                      "ComplaintHandling.procedure",
                      "ComplaintHandling.responsibleUnit",
                      "ComplaintHandling.responsibleOfficer")),
              Map.entry(
                  Component.STAFFING,
                  Set.of("Staffing.implementerCount", "StaffRole.count", "Staffing.description")),
              Map.entry(Component.SERVICE_GUARANTEE, Set.of("ServiceGuarantee.statement")),
              Map.entry(
                  Component.SECURITY_AND_SAFETY,
                  Set.of(
                      "SecurityAndSafetyGuarantee.statement",
                      "SecurityAndSafetyGuarantee.measures")),
              Map.entry(
                  Component.PERFORMANCE_EVALUATION,
                  Set.of(
                      "PerformanceEvaluation.methods",
                      "PerformanceEvaluation.frequency",
                      "PerformanceEvaluation.description",
                      "PerformanceEvaluation.satisfactionSurveys"))));

  private static final String IDENTIFIES =
      "a reference is identified by its number, title or year; ";

  /**
   * The properties that do not make a stated component meaningful on their own, and why, by
   * component.
   */
  private static final Map<Component, Map<String, String>> SKIPPED =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(
                  Component.LEGAL_BASIS,
                  Map.of(
                      "LegalReference.issuer", IDENTIFIES + "who issued it names no regulation",
                      "LegalReference.region",
                          IDENTIFIES + "the region it applies in names no regulation",
                      "LegalReference.article",
                          IDENTIFIES + "an article of an unnamed regulation cites nothing")),
              Map.entry(
                  Component.REQUIREMENTS,
                  Map.of(
                      "Requirement.id", "an identifier for machines says nothing to the public",
                      "Requirement.alternatives",
                          "alternatives stand in for a requirement; without its description none is stated",
                      "Requirement.applicantCategory",
                          "whom a requirement applies to, without the requirement, requires nothing",
                      "Requirement.kind",
                          "a kind of document, without its description, names no document",
                      "Requirement.form",
                          "a form (original, copy) of an unnamed document requires nothing",
                      "Requirement.copies",
                          "a number of copies of an unnamed document requires nothing",
                      "Requirement.mandatory",
                          "whether an unnamed requirement is mandatory requires nothing",
                      "Requirement.condition",
                          "when an unnamed requirement applies requires nothing")),
              Map.entry(
                  Component.PROCEDURE,
                  Map.of(
                      // The step's own description counts (COUNTS); this covers its other
                      // properties.
                      "Procedure.steps",
                      "a step says what happens in its description; its id, actor, condition, "
                          + "equipment, duration, output, branches or notes alone do not state a procedure")),
              Map.entry(
                  Component.COMPLETION_TIME,
                  Map.of(
                      "CompletionTime.minimum",
                          "only a measurable maximum promises a time; a minimum promises none",
                      "CompletionTime.maximumPlus",
                          "an addition to a maximum that is not stated promises no time",
                      "CompletionTime.perUnit",
                          "what a time is counted per, without the time, promises none",
                      "CompletionTime.startCondition",
                          "when the clock starts, without the time, promises none",
                      "CompletionTime.extension",
                          "an extension of a time that is not stated promises none")),
              Map.entry(
                  Component.FEE,
                  Map.of(
                      "Fee.paymentChannels",
                      "where to pay says neither that the service is free nor what it costs")),
              Map.entry(
                  Component.PRODUCTS,
                  Map.of(
                      "Product.description",
                      "a product is what it is named; a description of an unnamed product names none")),
              Map.entry(
                  Component.FACILITIES,
                  Map.of(
                      "Facility.description",
                          "a facility is what it is named; a description of an unnamed one names none",
                      "Facility.category", "a category without a named facility provides nothing",
                      "Facility.vulnerableGroups",
                          "whom an unnamed facility serves provides nothing",
                      "Facility.quantity", "a number of unnamed facilities provides nothing")),
              Map.entry(
                  Component.COMPETENCE,
                  Map.of(
                      "Competency.dimension",
                          "a dimension (knowledge, skill…) without its description requires no competence",
                      "Competency.qualification",
                          "a kind of qualification without its description requires no competence")),
              Map.entry(
                  Component.STAFFING,
                  Map.of(
                      "Staffing.roles",
                      "the component is the number of implementers: role names alone do not state it "
                          + "(sp.completeness.staffing says so as 'no-number')",
                      "Staffing.expectedDailyDemand",
                      "the demand is the applicants', not the number of implementers")),
              Map.entry(Component.SECURITY_AND_SAFETY, Map.of()),
              Map.entry(Component.SERVICE_GUARANTEE, Map.of()),
              Map.entry(Component.INTERNAL_SUPERVISION, Map.of()),
              Map.entry(Component.COMPLAINT_HANDLING, Map.of()),
              Map.entry(Component.PERFORMANCE_EVALUATION, Map.of())));

  /** The properties of a standard outside a component's own value that Meaningful reads for it. */
  private static final Map<String, Component> OUTSIDE =
      Map.of("noRequirements", Component.REQUIREMENTS);

  /**
   * The properties judged for a component: inside its value, every optional, collection or boolean
   * property and every required text (other required values are there whenever their owner is, and
   * are judged with it).
   */
  private static List<Located> judged(Component component) {
    String root = "/" + component.property();
    List<Located> judged = new ArrayList<>();
    for (Located located : ModelShape.walk(ServiceStandard.class)) {
      String pointer = located.pointer();
      boolean inside =
          pointer.startsWith(root + "/") || component.equals(OUTSIDE.get(pointer.substring(1)));
      Kind kind = located.property().kind();
      Class<?> element = located.property().element();
      if (inside && (kind != Kind.SINGLE || element == String.class || element == boolean.class)) {
        judged.add(located);
      }
    }
    return judged;
  }

  /**
   * A standard stating the component, with only the property at {@code pointer} saying something.
   */
  private static ServiceStandard statingOnly(Component component, Optional<Located> only) {
    String root = "/" + component.property();
    String target = only.map(Located::pointer).orElse(root);
    String sample = only.map(l -> SAMPLES.getOrDefault(l.property().key(), TEXT)).orElse(TEXT);
    return ModelShape.build(
        ServiceStandard.class,
        new Filler(
            (pointer, property) ->
                pointer.equals(root) || pointer.equals(target) || target.startsWith(pointer + "/"),
            pointer ->
                only.isPresent() && (pointer.equals(target) || pointer.equals(target + "/0"))
                    ? sample
                    : "-"));
  }

  /** The nearest entry for a property: its own, or that of the value it lies in. */
  private static Optional<String> entry(Located located, List<Located> judged, Set<String> keys) {
    Located nearest = null;
    for (Located other : judged) {
      boolean encloses = other == located || located.pointer().startsWith(other.pointer() + "/");
      if (encloses
          && keys.contains(other.property().key())
          && (nearest == null || other.pointer().length() > nearest.pointer().length())) {
        nearest = other;
      }
    }
    return Optional.ofNullable(nearest).map(l -> l.property().key());
  }

  @ParameterizedTest
  @EnumSource(Component.class)
  void aComponentWithEveryPartBlankOrAPlaceholderSaysNothing(Component component) {
    ServiceStandard standard = statingOnly(component, Optional.empty());
    assertThat(standard.fills(component)).isTrue();
    assertThat(Meaningful.component(standard, component))
        .as("%s with nothing but placeholders", component)
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(Component.class)
  void everyPropertyOfAComponentCountsOrIsSkippedWithAReason(Component component) {
    Set<String> counts = COUNTS.get(component);
    Map<String, String> skipped = SKIPPED.get(component);
    assertThat(counts).as("COUNTS of %s", component).isNotNull();
    assertThat(skipped).as("SKIPPED of %s", component).isNotNull();
    Set<String> all = new HashSet<>(counts);
    all.retainAll(skipped.keySet());
    assertThat(all).as("%s: in both COUNTS and SKIPPED", component).isEmpty();
    all.addAll(counts);
    all.addAll(skipped.keySet());
    List<Located> judged = judged(component);
    List<String> unjudged = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (Located located : judged) {
      Optional<String> entry = entry(located, judged, all);
      if (entry.isEmpty()) {
        unjudged.add(located.property().key() + " at " + located.pointer());
        continue;
      }
      used.add(entry.get());
      boolean expected = counts.contains(entry.get());
      boolean actual =
          Meaningful.component(statingOnly(component, Optional.of(located)), component);
      if (actual != expected) {
        wrong.add(
            located.property().key()
                + " at "
                + located.pointer()
                + (expected
                    ? " should count (" + entry.get() + " is in COUNTS)"
                    : " counts, but " + entry.get() + " is skipped: " + skipped.get(entry.get())));
      }
    }
    assertThat(unjudged)
        .as(
            "properties of %s that Meaningful neither counts nor lists in SKIPPED with a reason",
            component)
        .isEmpty();
    assertThat(wrong)
        .as("properties of %s judged otherwise than the tables say", component)
        .isEmpty();
    assertThat(used)
        .as("entries of %s that name no property inside it", component)
        .containsExactlyInAnyOrderElementsOf(all);
  }
}
