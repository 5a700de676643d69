package id.standarpelayanan.benchmarks;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.internal.ParameterOnlyInterpolator;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The constraint fast path against Hibernate Validator's own settings (issue 14): Bean Validation
 * of one standard, and the whole check of it, with each {@link Variant} of the validator, in the
 * same run.
 *
 * <p>The checker always validates through {@link ModelValidation}, so the whole check of a variant
 * is measured as the rule engine alone (structure off) followed by that variant's validation of the
 * same standard; the standard is valid, so the structure tier adds no findings, and the {@code
 * PLANS} row of {@link #check} can be read against {@link CheckBenchmark#wholeCheck}.
 */
public class FastPathBenchmark extends Settings {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);

  /** The validators compared. */
  public enum Variant {
    /** {@link ModelValidation#validator()}: compiled plans, Hibernate Validator for the rest. */
    PLANS,
    /** Hibernate Validator configured as {@code ModelValidation} configures it, without plans. */
    HIBERNATE,
    /** {@code HIBERNATE} with a voter that turns off the tracking of processed beans. */
    HIBERNATE_NO_TRACKING,
    /** {@link PredefinedScopeHibernateValidator}, every model class and built-in initialised. */
    PREDEFINED,
    /** {@code PREDEFINED} with a voter that turns off the tracking of processed beans. */
    PREDEFINED_NO_TRACKING
  }

  /** The validator measured. */
  @Param public Variant variant;

  private ServiceStandard standard;
  private Validator validator;
  private final Checker rulesOnly = Checker.builder().clock(CLOCK).structure(false).build();

  /** Picks the sample's first standard and builds the variant's validator. */
  @Setup
  public void setUp() {
    StandardsCatalog sample = Documents.sample();
    standard = sample.getStandards().get(0);
    validator = validator(variant);
    Set<ConstraintViolation<ServiceStandard>> violations = validator.validate(standard);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          variant + " finds the sample standard invalid: " + violations);
    }
  }

  /**
   * Bean Validation of the standard alone.
   *
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<ServiceStandard>> validate() {
    return validator.validate(standard);
  }

  /**
   * The whole check of the standard: the rule engine, then Bean Validation with the variant.
   *
   * @param sink receives the report and the violations
   */
  @Benchmark
  public void check(Blackhole sink) {
    Report report = rulesOnly.check(standard);
    sink.consume(report);
    sink.consume(validator.validate(standard));
  }

  /**
   * Makes a variant's validator, configured as {@code ModelValidation} configures Hibernate
   * Validator (parameter-only messages in Indonesian, no expression language, every violation, no
   * traversable-resolver cache).
   *
   * @param variant the variant
   * @return the validator
   */
  static Validator validator(Variant variant) {
    switch (variant) {
      case PLANS:
        return ModelValidation.validator();
      case HIBERNATE:
      case HIBERNATE_NO_TRACKING:
        return configured(
                Validation.byProvider(HibernateValidator.class).configure(),
                variant == Variant.HIBERNATE_NO_TRACKING)
            .buildValidatorFactory()
            .getValidator();
      default:
        return configured(
                Validation.byProvider(PredefinedScopeHibernateValidator.class)
                    .configure()
                    .builtinConstraints(
                        Set.of(
                            "jakarta.validation.constraints.NotNull",
                                "jakarta.validation.constraints.NotBlank",
                            "jakarta.validation.constraints.NotEmpty",
                                "jakarta.validation.constraints.Size",
                            "jakarta.validation.constraints.Pattern",
                                "jakarta.validation.constraints.Min",
                            "jakarta.validation.constraints.Max",
                                "jakarta.validation.constraints.Positive",
                            "jakarta.validation.constraints.PositiveOrZero",
                                "jakarta.validation.constraints.Negative",
                            "jakarta.validation.constraints.NegativeOrZero",
                                "jakarta.validation.constraints.Null"))
                    .initializeBeanMetaData(modelClasses()),
                variant == Variant.PREDEFINED_NO_TRACKING)
            .buildValidatorFactory()
            .getValidator();
    }
  }

  private static <C extends BaseHibernateValidatorConfiguration<C>> C configured(
      C configuration, boolean noTracking) {
    configuration
        .messageInterpolator(new ParameterOnlyInterpolator(Languages.INDONESIAN))
        .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
        .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
        .failFast(false)
        .enableTraversableResolverResultCache(false);
    if (noTracking) {
      // The model's values are immutable and built bottom-up, so a graph of them has no cycle.
      configuration.processedBeansTrackingVoter(new NoTracking());
    }
    return configuration;
  }

  /**
   * The model's value types and their Immutables implementations reachable from the catalogue,
   * through the getters' declared types and type arguments.
   */
  static Set<Class<?>> modelClasses() {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    todo.add(StandardsCatalog.class);
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
        todo.add(parameterized.getRawType());
        continue;
      }
      if (!(type instanceof Class<?> c)
          || c.isEnum()
          || c.isPrimitive()
          || !c.getPackageName().equals(StandardsCatalog.class.getPackageName())
          || !found.add(c)) {
        continue;
      }
      try {
        found.add(Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName()));
      } catch (ClassNotFoundException e) {
        // not an Immutables value type
      }
      for (Method getter : c.getMethods()) {
        if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")) {
          todo.add(getter.getGenericReturnType());
        }
      }
    }
    return found;
  }

  /** Turns off the tracking of processed beans, which only guards against cycles. */
  private static final class NoTracking implements ProcessedBeansTrackingVoter {
    @Override
    public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
      return Vote.NON_TRACKING;
    }

    @Override
    public Vote isEnabledForReturnValue(
        Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.NON_TRACKING;
    }

    @Override
    public Vote isEnabledForParameters(
        Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.NON_TRACKING;
    }
  }
}
