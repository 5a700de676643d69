package id.standarpelayanan.rules.internal.validation;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.validation.ValidServiceStandard;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidServiceStandard}: checks the standard with the constraint's profile and
 * reports each finding at or above its threshold. Made by the validator factory once per
 * constraint, then shared by every thread.
 */
public final class ServiceStandardValidator
    implements ConstraintValidator<ValidServiceStandard, ServiceStandard> {

  private FindingViolations violations;

  /** Creates the validator; Jakarta Validation initializes it. */
  public ServiceStandardValidator() {}

  @Override
  public void initialize(ValidServiceStandard constraint) {
    violations =
        FindingViolations.of(
            "ValidServiceStandard",
            constraint.profile(),
            constraint.failOn(),
            constraint.structure());
  }

  @Override
  public boolean isValid(ServiceStandard value, ConstraintValidatorContext context) {
    return violations.validate(value, context);
  }
}
