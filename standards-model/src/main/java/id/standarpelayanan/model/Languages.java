package id.standarpelayanan.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The two languages the library speaks — Indonesian (the default) and English — and how its modules
 * load their message bundles, shared so that every module answers a locale the same way.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class Languages {

  /** The Indonesian locale, the library's default language. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final DateTimeFormatter DATE_ID =
      DateTimeFormatter.ofPattern("d MMMM uuuu", INDONESIAN);
  private static final DateTimeFormatter DATE_EN =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Languages() {}

  /**
   * Returns the language the library answers in for {@code locale}: English when asked for English,
   * Indonesian otherwise.
   *
   * @param locale the requested locale
   * @return {@link Locale#ENGLISH} or {@link #INDONESIAN}
   */
  public static Locale supported(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /**
   * Writes a date as the library writes it for a reader, in the supported language of {@code
   * locale}: {@code 15 Agustus 2024} or {@code 15 August 2024}.
   *
   * @param date the date
   * @param locale the requested locale
   * @return the date in words
   */
  public static String longDate(LocalDate date, Locale locale) {
    Objects.requireNonNull(date, "date");
    return (supported(locale) == Locale.ENGLISH ? DATE_EN : DATE_ID).format(date);
  }

  /**
   * Loads a message bundle in the supported language of {@code locale}, without falling back to the
   * JVM's default locale: Indonesian is returned for Indonesian even on an English machine. The
   * base bundle holds Indonesian, the {@code _en} bundle English.
   *
   * @param baseName the bundle's base name
   * @param locale the locale wanted
   * @param loader the class loader that holds the bundle
   * @return the bundle
   * @throws UnsupportedOperationException when the model runs as a named module (on the module
   *     path), where a class loader does not reach another module's bundles: use {@link
   *     #bundle(String, Locale, Module)}
   */
  public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    return ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK);
  }

  /**
   * Loads a message bundle of {@code module} in the supported language of {@code locale}, without
   * falling back to the JVM's default locale: Indonesian is returned for Indonesian even on an
   * English machine. The base bundle holds Indonesian, the {@code _en} bundle English. Works alike
   * on the class path (an unnamed module) and on the module path, where a named module opens the
   * bundle's package to {@code id.standarpelayanan.model}.
   *
   * @param baseName the bundle's base name
   * @param locale the locale wanted
   * @param module the module that holds the bundle, usually {@code SomeClass.class.getModule()}
   * @return the bundle
   */
  public static ResourceBundle bundle(String baseName, Locale locale, Module module) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(module, "module");
    Locale language = supported(locale);
    // The base bundle is Indonesian: asked for the root locale, ResourceBundle returns it without
    // trying the default locale (which it does when it finds only the base bundle for a locale
    // that is not the default). The no-fallback Control says so directly but is refused in named
    // modules.
    return ResourceBundle.getBundle(
        baseName, INDONESIAN.equals(language) ? Locale.ROOT : language, module);
  }
}
