package id.standarpelayanan.reports.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the reports ({@code id/standarpelayanan/reports/Messages}, Indonesian by default,
 * {@code _en} English), in the language the library answers a locale in.
 */
public final class Texts {

  private static final String BUNDLE = "id.standarpelayanan.reports.Messages";

  private Texts() {}

  /**
   * Formats one of the reports' messages.
   *
   * @param locale the locale asked for: English for English, Indonesian otherwise
   * @param key the key
   * @param arguments the arguments
   * @return the message
   */
  public static String message(Locale locale, String key, Object... arguments) {
    Locale language = Languages.supported(locale);
    return new MessageFormat(bundle(language).getString(key), language).format(arguments);
  }

  /**
   * Tells whether the reports have a message under a key.
   *
   * @param locale the locale asked for
   * @param key the key
   * @return whether there is one
   */
  public static boolean has(Locale locale, String key) {
    return bundle(Languages.supported(locale)).containsKey(key);
  }

  /**
   * Returns the tag reports carry for the language of a locale: {@code id} or {@code en}.
   *
   * @param locale the locale asked for
   * @return the tag
   */
  public static String tag(Locale locale) {
    return Locale.ENGLISH.equals(Languages.supported(locale)) ? "en" : "id";
  }

  private static ResourceBundle bundle(Locale language) {
    return Languages.bundle(BUNDLE, language, Texts.class.getModule());
  }

  /**
   * Returns the language the reports are written in for a locale.
   *
   * @param locale the locale asked for
   * @return {@link Locale#ENGLISH} or Indonesian
   */
  public static Locale language(Locale locale) {
    return Languages.supported(locale);
  }
}
