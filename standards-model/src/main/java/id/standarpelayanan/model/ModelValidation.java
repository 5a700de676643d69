package id.standarpelayanan.model;

import id.standarpelayanan.model.internal.ConstraintPlans;
import id.standarpelayanan.model.internal.FastPathValidator;
import id.standarpelayanan.model.internal.ParameterOnlyInterpolator;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

/**
 * Makes the Jakarta Bean Validation {@link Validator} for the model's structural constraints (tier
 * 2 of checking), configured the one safe way.
 *
 * <ul>
 *   <li>No text is ever evaluated as an expression: messages are interpolated from constraint
 *       parameters only ({@code {max}}); an expression such as {@code ${...}} is left as it is, and
 *       Hibernate Validator's expression language is switched off for constraints and custom
 *       violations alike.
 *   <li>Fail-fast is off: every violation is reported, as a form needs.
 *   <li>Messages come from the model's own {@code ContributorValidationMessages.properties}
 *       (Indonesian) and {@code _en} (English) at the root of its jar, read from this jar only, so
 *       neither an application's root {@code ValidationMessages} nor another library's bundle can
 *       change them. The same bundles make the model's messages resolve in a validator the
 *       application builds itself (Hibernate Validator merges every {@code
 *       ContributorValidationMessages} on the class path); their keys are namespaced under {@code
 *       id.standarpelayanan.model}.
 *   <li>Property paths use the model's property names, which are the JSON field names ({@code
 *       standards[2].requirements[0].description}).
 * </ul>
 *
 * <p>Validators are cached per language and are thread-safe: call {@link #validator(Locale)} as
 * often as you like.
 *
 * <p>Validating a whole bean in the default group is fast when it is valid: a plan compiled once
 * per class from the same constraint metadata proves the bean valid with plain getter calls, and
 * only a bean the plan cannot prove valid goes through Hibernate Validator, which reports every
 * violation with its path and message. The results are those of Hibernate Validator alone; {@link
 * Validator#unwrap} still reaches it.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class ModelValidation {

  private static final Map<Locale, Validator> VALIDATORS = new ConcurrentHashMap<>();

  private ModelValidation() {}

  /**
   * Returns a validator whose messages are in Indonesian.
   *
   * @return a shared, thread-safe validator
   */
  public static Validator validator() {
    return validator(Languages.INDONESIAN);
  }

  /**
   * Returns a validator whose messages are in the language of {@code locale}: English for an
   * English locale, Indonesian for any other.
   *
   * @param locale the language of the messages
   * @return a shared, thread-safe validator
   */
  public static Validator validator(Locale locale) {
    return VALIDATORS.computeIfAbsent(
        Languages.supported(locale),
        language -> {
          ValidatorFactory factory = factory(language);
          Validator validator = factory.getValidator();
          return new FastPathValidator(
              validator, new ConstraintPlans(validator, factory.getConstraintValidatorFactory()));
        });
  }

  /**
   * Converts a violation's property path into an RFC 6901 JSON Pointer into the document as the
   * JSON codec writes it: {@code standards[2].requirements[0].description} becomes {@code
   * /standards/2/requirements/0/description}, a map entry becomes its key, and the container
   * element nodes Bean Validation adds ({@code <list element>}) vanish.
   *
   * <p>A path relative to a standard gives a pointer relative to that standard; place it in a
   * catalogue with {@link Pointer#append(Pointer)} on the standard's own pointer.
   *
   * @param path the property path of a violation
   * @return the pointer, {@link Pointer#root()} for the root
   */
  public static Pointer jsonPointer(Path path) {
    java.util.Objects.requireNonNull(path, "path");
    Pointer pointer = Pointer.root();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Integer index = node.getIndex();
        pointer =
            index != null ? pointer.index(index) : pointer.child(String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer = pointer.child(node.getName());
      }
    }
    return pointer;
  }

  private static ValidatorFactory factory(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterOnlyInterpolator(locale))
        .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
        .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
        .failFast(false)
        // Every property is traversable (the model has no lazy JPA state): caching the answers
        // of the default resolver only costs time.
        .enableTraversableResolverResultCache(false)
        .buildValidatorFactory();
  }
}
