package id.standarpelayanan.rules.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.validation.StandardsCatalogValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@code StandardsCatalog} (a provider's catalogue of standards) must pass the rule
 * engine: its structure, the catalogue rules and every standard in it, checked by a {@code Checker}
 * with the named {@link #profile() profile}. Every finding at or above {@link #failOn()} becomes a
 * constraint violation with the finding's message and a property path matching the finding's JSON
 * Pointer ({@code /standards/2/requirements/0/description} becomes {@code
 * standards[2].requirements[0].description}, under the annotated element's own path).
 *
 * <pre>{@code
 * // a Spring MVC controller's handler of POST /catalogues
 * Report publish(@RequestBody @ValidStandardsCatalog StandardsCatalog catalog) { ... }
 * }</pre>
 *
 * <p>Everything {@link ValidServiceStandard} says of messages, the dynamic payload, structure, the
 * clock, {@code null} and unknown profiles holds here too.
 */
@Documented
@Constraint(validatedBy = StandardsCatalogValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidStandardsCatalog.List.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface ValidStandardsCatalog {

  /**
   * Returns the name of the built-in profile to check with.
   *
   * @return the profile's name, {@value Profile#UU_25_2009} by default
   */
  String profile() default Profile.UU_25_2009;

  /**
   * Returns the lowest severity that fails validation: findings of this severity or a more serious
   * one become violations, the others are ignored.
   *
   * @return the threshold, {@link Severity#ERROR} by default
   */
  Severity failOn() default Severity.ERROR;

  /**
   * Returns whether the model's structural constraints are part of the check.
   *
   * @return {@code true} by default; {@code false} when {@code @Valid} reports them already
   */
  boolean structure() default true;

  /**
   * Returns the message template; each violation has its own finding's message instead.
   *
   * @return the template
   */
  String message() default "{id.standarpelayanan.rules.validation.ValidStandardsCatalog.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ValidStandardsCatalog} constraints on one element, for different groups. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    ValidStandardsCatalog[] value();
  }
}
