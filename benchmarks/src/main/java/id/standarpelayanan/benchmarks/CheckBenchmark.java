package id.standarpelayanan.benchmarks;

import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Checking one realistic standard: Bean Validation alone, the rule engine alone, the whole check,
 * and, for comparison, reading the same standard from JSON (the target: a whole check costs less
 * than reading).
 */
public class CheckBenchmark extends Settings {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);

  private ServiceStandard standard;
  private byte[] json;
  private final Validator validator = ModelValidation.validator();

  /** Hibernate Validator alone, configured as the model's validator is but without its plans. */
  private final Validator hibernate =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .enableTraversableResolverResultCache(false)
          .buildValidatorFactory()
          .getValidator();

  private final Checker whole = Checker.builder().clock(CLOCK).build();
  private final Checker rulesOnly = Checker.builder().clock(CLOCK).structure(false).build();

  /** Picks the sample's first standard (diploma legalisation, all fourteen components). */
  @Setup
  public void setUp() {
    StandardsCatalog sample = Documents.sample();
    standard = sample.getStandards().get(0);
    json = Documents.JSON.writeToString(standard).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Bean Validation alone, through the model's validator.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<ServiceStandard>> beanValidation() {
    return validator.validate(standard);
  }

  /**
   * Hibernate Validator alone on the same standard: what Bean Validation cost before the model's
   * validator proved valid beans with compiled plans.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<ServiceStandard>> hibernateValidator() {
    return hibernate.validate(standard);
  }

  /**
   * The rule engine alone (structure off).
   *
   * @return the report
   */
  @Benchmark
  public Report rules() {
    return rulesOnly.check(standard);
  }

  /**
   * The whole check: structure and rules.
   *
   * @return the report
   */
  @Benchmark
  public Report wholeCheck() {
    return whole.check(standard);
  }

  /**
   * Reading the same standard from JSON, for the ratio.
   *
   * @return the standard
   */
  @Benchmark
  public ServiceStandard readJson() {
    return Documents.JSON.readStandard(json);
  }
}
