package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.FindingSource;
import id.standarpelayanan.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the model's Bean Validation violations into findings (tier 2).
 *
 * <p>The rule id is {@code sp.structure.} followed by the constraint annotation's simple name in
 * kebab case ({@code @NotBlankIfPresent} becomes {@code sp.structure.not-blank-if-present}), so a
 * new constraint gets an id of its own. Severity {@link Severity#ERROR}, source {@link
 * FindingSource#STRUCTURE}, the pointer of {@link ModelValidation#jsonPointer}, the validator's
 * message in the report's language, and the constraint's attributes as arguments.
 */
public final class Structure {

  /** The prefix of structure rule ids. */
  public static final String PREFIX = "sp.structure.";

  private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

  private Structure() {}

  /**
   * Validates a value and returns its violations as findings.
   *
   * @param value a standard or a catalogue
   * @param locale the language of the messages
   * @param inCatalog whether pointers are into a catalogue ({@code /standards/0/fee}) rather than a
   *     standard ({@code /fee})
   * @return the findings, in no particular order
   */
  public static List<Finding> check(Object value, Locale locale, boolean inCatalog) {
    List<Finding> findings = new ArrayList<>();
    for (ConstraintViolation<Object> violation :
        ModelValidation.validator(locale).validate(value)) {
      Pointer pointer = ModelValidation.jsonPointer(violation.getPropertyPath());
      Optional<Component> component = component(pointer, inCatalog);
      ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
      findings.add(
          new Finding(
              ruleId(descriptor.getAnnotation().annotationType()),
              Severity.ERROR,
              FindingSource.STRUCTURE,
              pointer,
              component.flatMap(Principle::covering),
              component,
              violation.getMessage(),
              arguments(descriptor)));
    }
    return findings;
  }

  /**
   * Returns the rule id of a constraint.
   *
   * @param constraint the constraint annotation type
   * @return {@code sp.structure.} and the simple name in kebab case
   */
  public static String ruleId(Class<?> constraint) {
    String name = constraint.getSimpleName();
    return PREFIX + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the component a pointer lies in.
   *
   * @param pointer a pointer into a standard, or into a catalogue
   * @param inCatalog whether it is into a catalogue
   * @return the component, if the pointer lies in one
   */
  public static Optional<Component> component(Pointer pointer, boolean inCatalog) {
    int property = inCatalog ? 2 : 0;
    if (pointer.size() <= property || inCatalog && !"standards".equals(pointer.token(0))) {
      return Optional.empty();
    }
    return Component.ofProperty(pointer.token(property));
  }

  private static List<Object> arguments(ConstraintDescriptor<?> descriptor) {
    List<Object> arguments = new ArrayList<>();
    new TreeMap<>(descriptor.getAttributes())
        .forEach(
            (name, value) -> {
              if (!NOT_ARGUMENTS.contains(name)) {
                arguments.add(value.getClass().isArray() ? elements(value) : value);
              }
            });
    return arguments;
  }

  private static List<Object> elements(Object array) {
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      elements.add(Array.get(array, i));
    }
    return List.copyOf(elements);
  }
}
