package id.standarpelayanan.model.internal;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankIfPresent}. */
public final class NotBlankIfPresentValidator
    implements ConstraintValidator<NotBlankIfPresent, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i)) && !Character.isSpaceChar(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
