package id.standarpelayanan.rules.internal.validation;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.validation.ValidStandardsCatalog;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidStandardsCatalog}: checks the catalogue with the constraint's profile and
 * reports each finding at or above its threshold. Made by the validator factory once per
 * constraint, then shared by every thread.
 */
public final class StandardsCatalogValidator
    implements ConstraintValidator<ValidStandardsCatalog, StandardsCatalog> {

  private FindingViolations violations;

  /** Creates the validator; Jakarta Validation initializes it. */
  public StandardsCatalogValidator() {}

  @Override
  public void initialize(ValidStandardsCatalog constraint) {
    violations =
        FindingViolations.of(
            "ValidStandardsCatalog",
            constraint.profile(),
            constraint.failOn(),
            constraint.structure());
  }

  @Override
  public boolean isValid(StandardsCatalog value, ConstraintValidatorContext context) {
    return violations.validate(value, context);
  }
}
