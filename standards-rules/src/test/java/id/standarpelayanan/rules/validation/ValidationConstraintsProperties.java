package id.standarpelayanan.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.testkit.Defect;
import id.standarpelayanan.testkit.StandardsArbitraries;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Laws of the rules' constraints over the testkit's standards: the violations are exactly the
 * checker's findings at or above the threshold, path for pointer and message for message, so every
 * testkit defect fires its rule through a plain validator and a complete standard stays quiet.
 */
class ValidationConstraintsProperties {

  private static final Clock CLOCK =
      Clock.fixed(
          StandardsArbitraries.REFERENCE_DATE.atTime(12, 0).toInstant(ZoneOffset.UTC),
          ZoneOffset.UTC);
  private static final Checker CHECKER =
      Checker.builder().locale(Locale.ENGLISH).clock(CLOCK).build();
  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .clockProvider(() -> CLOCK)
          .messageInterpolator(
              new ParameterMessageInterpolator(
                  Set.of(Locale.ENGLISH), Locale.ENGLISH, context -> Locale.ENGLISH, false))
          .buildValidatorFactory()
          .getValidator();

  record Everything(@ValidServiceStandard(failOn = Severity.INFO) ServiceStandard standard) {}

  record Errors(@ValidServiceStandard ServiceStandard standard) {}

  record Catalogue(@ValidStandardsCatalog(failOn = Severity.INFO) StandardsCatalog catalog) {}

  @Provide
  Arbitrary<Tuple2<Defect, ServiceStandard>> defective() {
    return Arbitraries.of(Defect.class)
        .flatMap(d -> StandardsArbitraries.standards().with(d).map(s -> Tuple.of(d, s)));
  }

  @Property(tries = 100)
  void everyDefectFiresItsRuleAsAViolationAtItsPointer(
      @ForAll("defective") Tuple2<Defect, ServiceStandard> defective) {
    List<Finding> findings = CHECKER.check(defective.get2()).findings();

    Set<ConstraintViolation<Everything>> violations =
        VALIDATOR.validate(new Everything(defective.get2()));

    assertThat(lines(violations)).containsExactlyInAnyOrderElementsOf(expected(findings));
    assertThat(violations).extracting(v -> payload(v).ruleId()).contains(defective.get1().ruleId());
  }

  @Property(tries = 50)
  void aCompleteStandardGivesNoErrorViolation(@ForAll("complete") ServiceStandard standard) {
    assertThat(CHECKER.check(standard).findings(Severity.ERROR)).isEmpty();

    assertThat(VALIDATOR.validate(new Errors(standard))).isEmpty();
  }

  @Provide
  Arbitrary<ServiceStandard> complete() {
    return StandardsArbitraries.serviceStandards();
  }

  @Provide
  Arbitrary<StandardsCatalog> catalogues() {
    Arbitrary<ServiceStandard> defective =
        Arbitraries.of(Defect.class).flatMap(d -> StandardsArbitraries.standards().with(d));
    return Arbitraries.oneOf(
        StandardsArbitraries.catalogs(), StandardsArbitraries.catalogsOf(defective));
  }

  @Property(tries = 30)
  void aCataloguesViolationsAreItsFindings(@ForAll("catalogues") StandardsCatalog catalog) {
    List<Finding> findings = CHECKER.check(catalog).findings();

    assertThat(lines(VALIDATOR.validate(new Catalogue(catalog))))
        .containsExactlyInAnyOrderElementsOf(expected(findings));
  }

  private static Finding payload(ConstraintViolation<?> violation) {
    return ((HibernateConstraintViolation<?>) violation.unwrap(HibernateConstraintViolation.class))
        .getDynamicPayload(Finding.class);
  }

  private static <T> List<String> lines(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .map(v -> relative(v.getPropertyPath().toString()) + " " + v.getMessage())
        .collect(Collectors.toList());
  }

  /** The path below the annotated element, whose own name is the first node. */
  private static String relative(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1);
  }

  private static List<String> expected(List<Finding> findings) {
    return findings.stream()
        .map(f -> path(f.path()) + " " + f.message())
        .collect(Collectors.toList());
  }

  private static String path(Pointer pointer) {
    StringBuilder path = new StringBuilder();
    for (String token : pointer.tokens()) {
      if (Pointer.isIndex(token)) {
        path.append('[').append(token).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(token);
      }
    }
    return path.toString();
  }
}
