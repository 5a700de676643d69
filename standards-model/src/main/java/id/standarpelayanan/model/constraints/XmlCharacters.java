package id.standarpelayanan.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.standarpelayanan.model.internal.text.XmlCharactersValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated text, when present, holds only characters that XML 1.0 can carry (production {@code
 * Char} of XML 1.0): no control character U+0000–U+001F other than tab, line feed and carriage
 * return, neither U+FFFE nor U+FFFF, and no lone surrogate. U+007F–U+009F are allowed, as XML 1.0
 * allows them. An absent value ({@code null}, as an empty {@code Optional} is unwrapped) is valid.
 *
 * <p>Every text of the model carries it, so that a value the JSON codec accepts can also be written
 * as XML and read back, and a form learns of the character at the field. The message names the
 * first such character in the form {@code U+FFFE} and its position (counted in characters from 1, a
 * pair of surrogates counting as one), never the raw character: message parameters {@code
 * {character}} and {@code {position}}, with Hibernate Validator, which also holds them as the
 * violation's dynamic payload, a {@code List} {@code ["U+FFFE", 4]}.
 */
@Documented
@Constraint(validatedBy = XmlCharactersValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public @interface XmlCharacters {

  /**
   * Returns the message template.
   *
   * @return the template
   */
  String message() default "{id.standarpelayanan.model.constraints.XmlCharacters.message}";

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
