package id.standarpelayanan.rules.internal.validation;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ValidationException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What both validators do: check a value with a profile's checkers and turn each finding at or
 * above the threshold into a violation at the finding's pointer. Immutable but for the checkers'
 * cache, which is safe to share between threads.
 */
final class FindingViolations {

  /**
   * The template of every violation: the library's {@code ContributorValidationMessages} (in the
   * model's jar, the library's one bundle) resolve it, per language, to one of the two message
   * parameters below.
   */
  static final String TEMPLATE = "{id.standarpelayanan.rules.validation.finding}";

  /** The message parameter holding the finding's Indonesian message. */
  static final String INDONESIAN = "findingIndonesian";

  /** The message parameter holding the finding's English message. */
  static final String ENGLISH = "findingEnglish";

  private final Profile profile;
  private final Severity failOn;
  private final boolean structure;
  private volatile Checkers checkers;

  private FindingViolations(Profile profile, Severity failOn, boolean structure) {
    this.profile = profile;
    this.failOn = failOn;
    this.structure = structure;
  }

  /**
   * Makes the machinery for one constraint.
   *
   * @param annotation the constraint's simple name, for the error message
   * @param profileName the built-in profile's name
   * @param failOn the lowest severity reported
   * @param structure whether the structural constraints are checked too
   * @return the machinery
   * @throws ConstraintDeclarationException if no built-in profile has that name
   */
  static FindingViolations of(
      String annotation, String profileName, Severity failOn, boolean structure) {
    Objects.requireNonNull(failOn, "failOn");
    Profile profile =
        Profile.builtIn(Objects.requireNonNull(profileName, "profile"))
            .orElseThrow(
                () ->
                    new ConstraintDeclarationException(
                        "@"
                            + annotation
                            + "(profile = \""
                            + profileName
                            + "\"): no built-in profile has that name; the built-in profiles are "
                            + Profile.builtIns().stream()
                                .map(Profile::name)
                                .collect(Collectors.joining(", "))));
    return new FindingViolations(profile, failOn, structure);
  }

  /**
   * Validates a standard.
   *
   * @param standard the standard, {@code null} being valid
   * @param context the validator's context
   * @return whether nothing at or above the threshold was found
   */
  boolean validate(ServiceStandard standard, ConstraintValidatorContext context) {
    return standard == null || report(context, checker -> checker.check(standard));
  }

  /**
   * Validates a catalogue.
   *
   * @param catalog the catalogue, {@code null} being valid
   * @param context the validator's context
   * @return whether nothing at or above the threshold was found
   */
  boolean validate(StandardsCatalog catalog, ConstraintValidatorContext context) {
    return catalog == null || report(context, checker -> checker.check(catalog));
  }

  private boolean report(ConstraintValidatorContext context, Function<Checker, Report> check) {
    Checkers current = checkers(clockOf(context));
    List<Finding> failing = failing(check.apply(current.indonesian()));
    if (failing.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    if (hibernate == null) {
      for (Finding finding : failing) {
        addViolation(
            context.buildConstraintViolationWithTemplate(literal(finding.message())),
            finding.path());
      }
      return false;
    }
    Map<String, Deque<Finding>> english = byKey(failing(check.apply(current.english())));
    for (Finding finding : failing) {
      Deque<Finding> twins = english.get(key(finding));
      Finding twin = twins == null || twins.isEmpty() ? finding : twins.poll();
      // Hibernate Validator inserts a parameter's value as it is, then takes every escape in the
      // whole message as a literal: escaped here, a backslash or brace of the text survives.
      hibernate
          .addMessageParameter(INDONESIAN, literal(finding.message()))
          .addMessageParameter(ENGLISH, literal(twin.message()))
          .withDynamicPayload(finding);
      addViolation(hibernate.buildConstraintViolationWithTemplate(TEMPLATE), finding.path());
    }
    return false;
  }

  private List<Finding> failing(Report report) {
    List<Finding> failing = new ArrayList<>();
    for (Finding finding : report.findings()) {
      // ERROR, WARNING, INFO: a lower ordinal is more serious.
      if (finding.severity().compareTo(failOn) <= 0) {
        failing.add(finding);
      }
    }
    return failing;
  }

  /** The findings by what identifies one across languages: all but the message. */
  private static Map<String, Deque<Finding>> byKey(List<Finding> findings) {
    Map<String, Deque<Finding>> byKey = new HashMap<>();
    for (Finding finding : findings) {
      byKey.computeIfAbsent(key(finding), k -> new ArrayDeque<>()).add(finding);
    }
    return byKey;
  }

  private static String key(Finding finding) {
    return finding.ruleId()
        + '\u0000'
        + finding.severity()
        + '\u0000'
        + finding.source()
        + '\u0000'
        + finding.path()
        + '\u0000'
        + finding.arguments();
  }

  private Checkers checkers(Clock clock) {
    Checkers current = checkers;
    if (current == null || !current.clock().equals(clock)) {
      // Racing threads may each build a pair; any of them is right, and the last one stays.
      current =
          new Checkers(clock, checker(clock, Languages.INDONESIAN), checker(clock, Locale.ENGLISH));
      checkers = current;
    }
    return current;
  }

  private Checker checker(Clock clock, Locale locale) {
    return Checker.builder()
        .profile(profile)
        .locale(locale)
        .clock(clock)
        .structure(structure)
        .build();
  }

  private static Clock clockOf(ConstraintValidatorContext context) {
    ClockProvider provider = context.getClockProvider();
    Clock clock = provider == null ? null : provider.getClock();
    return clock == null ? Clock.systemDefaultZone() : clock;
  }

  private static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException e) {
      return null;
    }
  }

  /**
   * Escapes a text so that a message interpolator takes it literally: {@code \}, <code>{</code>,
   * <code>}</code> and {@code $} preceded by a backslash, as Jakarta Validation's message syntax
   * provides.
   *
   * @param text the text
   * @return the template that stands for it
   */
  static String literal(String text) {
    StringBuilder template = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        template.append('\\');
      }
      template.append(c);
    }
    return template.toString();
  }

  /**
   * Adds a violation at the property path of a pointer under the constraint's own place: a token is
   * a property, and an index token puts the next node in that list ({@code
   * requirements[2].description}), or, last, the element itself ({@code requirements[2]}, a bean
   * node).
   */
  static void addViolation(ConstraintViolationBuilder violation, Pointer pointer) {
    Object node = violation;
    Integer index = null;
    for (String token : pointer.tokens()) {
      if (index == null && Pointer.isIndex(token) && node != violation) {
        index = Integer.valueOf(token);
        continue;
      }
      NodeBuilderCustomizableContext property = property(node, token);
      node = index == null ? property : property.inIterable().atIndex(index);
      index = null;
    }
    if (index != null) {
      bean(node).inIterable().atIndex(index).addConstraintViolation();
    } else if (node == violation) {
      violation.addConstraintViolation();
    } else {
      finish(node);
    }
  }

  private static NodeBuilderCustomizableContext property(Object node, String name) {
    if (node instanceof ConstraintViolationBuilder builder) {
      return builder.addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext builder) {
      return builder.addPropertyNode(name);
    }
    if (node instanceof NodeContextBuilder builder) {
      return builder.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
  }

  private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object node) {
    if (node instanceof NodeBuilderCustomizableContext builder) {
      return builder.addBeanNode();
    }
    if (node instanceof NodeContextBuilder builder) {
      return builder.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) node).addBeanNode();
  }

  private static void finish(Object node) {
    if (node instanceof NodeBuilderCustomizableContext builder) {
      builder.addConstraintViolation();
    } else if (node instanceof NodeContextBuilder builder) {
      builder.addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }

  /** The two checkers of one clock. */
  private record Checkers(Clock clock, Checker indonesian, Checker english) {}
}
