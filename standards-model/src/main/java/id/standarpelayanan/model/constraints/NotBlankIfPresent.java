package id.standarpelayanan.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.standarpelayanan.model.internal.NotBlankIfPresentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated text, when present, must contain a character that is not whitespace. Unlike {@link
 * jakarta.validation.constraints.NotBlank}, an absent value ({@code null}, as an empty {@code
 * Optional} is unwrapped) is valid: absence is the rule engine's concern, not structure's.
 */
@Documented
@Constraint(validatedBy = NotBlankIfPresentValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public @interface NotBlankIfPresent {

  /**
   * Returns the message template.
   *
   * @return the template
   */
  String message() default "{id.standarpelayanan.model.constraints.NotBlankIfPresent.message}";

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
}
