package id.standarpelayanan.model.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Looks up the labels of the model's vocabulary. Not API: use {@code Labelled.label(Locale)}.
 */
public final class Labels {

  /** The Indonesian locale, the library's default language. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final String BUNDLE = "id.standarpelayanan.model.Labels";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Labels() {}

  /**
   * Returns the language the library answers in for {@code locale}: English when asked for
   * English, Indonesian otherwise.
   *
   * @param locale the requested locale
   * @return {@link Locale#ENGLISH} or {@link #INDONESIAN}
   */
  public static Locale supported(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /**
   * Loads a bundle without falling back to the JVM's default locale, so that Indonesian is
   * returned for Indonesian even on an English machine.
   *
   * @param baseName the bundle's base name
   * @param locale the locale wanted
   * @param loader the class loader that holds the bundle
   * @return the bundle
   */
  public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    return ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK);
  }

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
    return bundle(BUNDLE, locale, Labels.class.getClassLoader()).getString(key);
  }
}
