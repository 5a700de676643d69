package id.standarpelayanan.model.internal;

import id.standarpelayanan.model.Languages;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * Looks up the labels of the model's vocabulary; callers outside the model use {@code
 * Labelled.label(Locale)}.
 */
public final class Labels {

  private static final String BUNDLE = "id.standarpelayanan.model.Labels";

  private Labels() {}

  /**
   * Returns the label of an enum constant.
   *
   * @param constant the constant, whose class and name form the key
   * @param locale the language wanted
   * @return the label
   * @throws MissingResourceException if the constant has no label (a bug, caught by tests)
   */
  public static String label(Object constant, Locale locale) {
    Objects.requireNonNull(constant, "constant");
    Class<?> type = constant instanceof Enum<?> e ? e.getDeclaringClass() : constant.getClass();
    String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
    return Languages.bundle(BUNDLE, locale, Labels.class.getModule()).getString(key);
  }
}
