package id.standarpelayanan.rules.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ModelValidation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FindingViolations#literal(String)} makes a template that every interpolator takes
 * literally: the validators' way to report a finding's text where Hibernate Validator's message
 * parameters are not to be had, and the escaping of those parameters.
 */
class LiteralTemplateTest {

  @Target({ElementType.FIELD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = LiteralValidator.class)
  @interface Literal {
    String message() default "unused";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Reports the validated text itself, through {@code literal}. */
  public static final class LiteralValidator implements ConstraintValidator<Literal, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(FindingViolations.literal(value))
          .addConstraintViolation();
      return false;
    }
  }

  record Text(@Literal String text) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{sp.identifier}",
        "{id.standarpelayanan.model.Size.message} {max}",
        "${1+1} ${''.getClass().forName('java.lang.Runtime')}",
        "#{1+1}",
        "\\{x\\} \\$ \\\\ ends in \\",
        "$ { } \\",
        "plain text"
      })
  void everyInterpolatorReproducesTheText(String text) {
    List<Validator> validators =
        List.of(
            Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator(),
            // The default interpolator, with the expression language of the test class path.
            Validation.buildDefaultValidatorFactory().getValidator(),
            ModelValidation.validator());
    for (Validator validator : validators) {
      Set<ConstraintViolation<Text>> violations = validator.validate(new Text(text));
      assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly(text);
    }
  }
}
