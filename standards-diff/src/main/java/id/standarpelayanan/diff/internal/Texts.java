package id.standarpelayanan.diff.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The diff module's messages in one language ({@code id/standarpelayanan/diff/Messages}).
 *
 * @param locale the language, {@link Languages#INDONESIAN} or {@link Locale#ENGLISH}
 * @param bundle its bundle
 */
public record Texts(Locale locale, ResourceBundle bundle) {

  /** The bundle's base name. */
  public static final String BUNDLE = "id.standarpelayanan.diff.Messages";

  /**
   * Returns the messages in the library's language for {@code locale}.
   *
   * @param locale the locale
   * @return the messages
   */
  public static Texts of(Locale locale) {
    Locale language = Languages.supported(locale);
    return new Texts(language, Languages.bundle(BUNDLE, language, Texts.class.getModule()));
  }

  /**
   * Formats a message.
   *
   * @param key the key
   * @param arguments its arguments
   * @return the text
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /**
   * Returns a message without arguments.
   *
   * @param key the key
   * @return the text
   */
  public String text(String key) {
    return bundle.getString(key);
  }
}
