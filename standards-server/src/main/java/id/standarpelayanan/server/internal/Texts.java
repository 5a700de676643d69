package id.standarpelayanan.server.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The service's messages ({@code id/standarpelayanan/server/Messages}, Indonesian by default,
 * {@code _en} English).
 */
public final class Texts {

  private static final String BUNDLE = "id.standarpelayanan.server.Messages";

  private Texts() {}

  /**
   * Formats one of the service's messages.
   *
   * @param locale English for English, Indonesian otherwise
   * @param key the key
   * @param arguments the arguments
   * @return the message
   */
  public static String message(Locale locale, String key, Object... arguments) {
    Locale language = Languages.supported(locale);
    String pattern = Languages.bundle(BUNDLE, language, Texts.class.getModule()).getString(key);
    return new MessageFormat(pattern, language).format(arguments);
  }
}
