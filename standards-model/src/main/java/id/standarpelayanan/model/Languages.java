package id.standarpelayanan.model;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The two languages the library speaks — Indonesian (the default) and English — and how its
 * modules load their message bundles, shared so that every module answers a locale the same way.
 */
public final class Languages {

  /** The Indonesian locale, the library's default language. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Languages() {}

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
   * Loads a message bundle in the supported language of {@code locale}, without falling back to
   * the JVM's default locale: Indonesian is returned for Indonesian even on an English machine.
   * The base bundle holds Indonesian, the {@code _en} bundle English.
   *
   * @param baseName the bundle's base name
   * @param locale the locale wanted
   * @param loader the class loader that holds the bundle
   * @return the bundle
   */
  public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    return ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK);
  }
}
