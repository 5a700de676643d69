package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language of the tool's output ({@code --lang id|en}) and its messages. */
public enum Language {
  /** Indonesian, the default. */
  id(Languages.INDONESIAN),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Formats one of the tool's messages.
   *
   * @param key the key in {@code id/standarpelayanan/cli/Messages}
   * @param arguments the arguments
   * @return the message
   */
  public String message(String key, Object... arguments) {
    ResourceBundle bundle = Languages.bundle("id.standarpelayanan.cli.Messages", locale, Language.class.getModule());
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
