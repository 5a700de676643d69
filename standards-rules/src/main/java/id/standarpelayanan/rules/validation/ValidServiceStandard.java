package id.standarpelayanan.rules.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.validation.ServiceStandardValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@code ServiceStandard} (standar pelayanan) must pass the rule engine: its
 * validator runs a {@code Checker} with the named {@link #profile() profile} and turns every
 * finding at or above {@link #failOn()} into a constraint violation, with the finding's message and
 * a property path that matches the finding's JSON Pointer ({@code /requirements/2/description}
 * becomes {@code requirements[2].description}, under the annotated element's own path), so that a
 * form or a {@code @Valid} controller shows it at the field.
 *
 * <pre>{@code
 * record Submission(@ValidServiceStandard(failOn = Severity.WARNING) ServiceStandard standard) {}
 * }</pre>
 *
 * <p>Usable on a field, a getter, a method or constructor parameter (a controller's
 * {@code @RequestBody}) and a type argument ({@code List<@ValidServiceStandard ServiceStandard>}),
 * with any Jakarta Validation 3 validator built on Hibernate Validator, the application's own
 * included. A {@code null} value is valid (use {@code @NotNull} as well to require one).
 *
 * <ul>
 *   <li><b>Messages.</b> Each violation's template is {@code
 *       {id.standarpelayanan.rules.validation.finding}}, which the library's {@code
 *       ContributorValidationMessages} bundles resolve to the finding's message in Indonesian or
 *       English, in whatever locale the application's message interpolator asks for (Spring's
 *       request locale, for example); the texts are inserted as message parameters, never read as
 *       templates or expressions. The checker therefore runs once per language when there is
 *       something to report. Under another Jakarta Validation provider the message is the
 *       Indonesian text, escaped so that it is taken literally.
 *   <li><b>Dynamic payload.</b> With Hibernate Validator each violation carries its {@code Finding}
 *       (rule id, severity, pointer, arguments): {@code
 *       violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Finding.class)}.
 *   <li><b>Structure.</b> The check includes the model's structural constraints as findings, unless
 *       {@link #structure()} is {@code false}: set it so when the element is also annotated
 *       {@code @Valid}, which reports them itself.
 *   <li><b>Clock.</b> Rules that judge dates read the validator's {@code ClockProvider}.
 * </ul>
 *
 * <p>An unknown profile name fails when the validator is initialized, with a {@code
 * ConstraintDeclarationException} naming the built-in profiles. The validator and its checkers are
 * built once per constraint and shared by every thread.
 */
@Documented
@Constraint(validatedBy = ServiceStandardValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidServiceStandard.List.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface ValidServiceStandard {

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
  String message() default "{id.standarpelayanan.rules.validation.ValidServiceStandard.message}";

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

  /** Several {@link ValidServiceStandard} constraints on one element, for different groups. */
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
    ValidServiceStandard[] value();
  }
}
