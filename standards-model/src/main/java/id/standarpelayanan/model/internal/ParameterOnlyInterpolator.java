package id.standarpelayanan.model.internal;

import id.standarpelayanan.model.Languages;
import jakarta.validation.MessageInterpolator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates constraint messages from the model's own {@code ContributorValidationMessages}
 * bundle ({@link ContributorMessages}) and from constraint parameters only; {@code ModelValidation}
 * installs it.
 *
 * <p>A term {@code {name}} is replaced by the constraint attribute {@code name}, or else by the
 * message parameter {@code name} a validator added to its violation; any other term, and every
 * expression-language term {@code ${...}}, is left verbatim, so no text (least of all a user's) is
 * ever evaluated. Message keys are resolved by the superclass before this is called.
 */
public final class ParameterOnlyInterpolator extends AbstractMessageInterpolator {

  /**
   * Creates an interpolator answering in one language.
   *
   * @param locale the language of the messages
   */
  public ParameterOnlyInterpolator(Locale locale) {
    super(
        // The model's own bundles as the "user" bundle: an application's root ValidationMessages,
        // or another library's contribution, cannot change ModelValidation's texts.
        ContributorMessages::bundle,
        Set.of(Languages.supported(locale)),
        Languages.supported(locale),
        context -> context.getDefaultLocale(),
        false);
  }

  @Override
  protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
    if (term.startsWith("$")) {
      return term;
    }
    String name = term.substring(1, term.length() - 1);
    Object value = context.getConstraintDescriptor().getAttributes().get(name);
    if (value == null && context instanceof HibernateMessageInterpolatorContext hibernate) {
      // A parameter a validator added for this violation, such as the character it found.
      value = hibernate.getMessageParameters().get(name);
    }
    if (value == null) {
      return term;
    }
    return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
  }
}
