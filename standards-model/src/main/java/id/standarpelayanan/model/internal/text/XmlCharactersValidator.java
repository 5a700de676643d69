package id.standarpelayanan.model.internal.text;

import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link XmlCharacters} in one linear pass over the text.
 *
 * <p>A valid value needs no context (the fast path passes none). On an invalid value, with
 * Hibernate Validator, the message parameters {@code character} (in the form {@code U+FFFE}) and
 * {@code position} (from 1, in code points) name the first forbidden character, and the violation's
 * dynamic payload ({@code HibernateConstraintViolation.getDynamicPayload(List.class)}) holds the
 * same two values, {@code ["U+FFFE", 4]}, for a report's arguments.
 */
public final class XmlCharactersValidator
    implements ConstraintValidator<XmlCharacters, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int found = firstForbidden(value);
    if (found < 0) {
      return true;
    }
    if (context != null) {
      describe(value, found, context);
    }
    return false;
  }

  /**
   * Returns the index of the first character XML 1.0 cannot carry.
   *
   * @param text the text
   * @return its UTF-16 index, or -1 when every character can be carried
   */
  public static int firstForbidden(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if (c >= 0xD800) {
        if (Character.isHighSurrogate(c)) {
          if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
            i++;
          } else {
            return i;
          }
        } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Names a character in the form {@code U+FFFE} (at least four hexadecimal digits, upper case).
   *
   * @param c the character or code unit
   * @return its name
   */
  public static String name(int c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
  }

  private static void describe(CharSequence value, int index, ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate;
    try {
      hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException e) {
      return; // another provider: the message stays without the character's name
    }
    int position = Character.codePointCount(value, 0, index) + 1;
    String character = name(value.charAt(index));
    hibernate.addMessageParameter("character", character);
    hibernate.addMessageParameter("position", position);
    // The same values as plain data, in the message's order, for a report's arguments.
    hibernate.withDynamicPayload(List.of(character, position));
  }
}
