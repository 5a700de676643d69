package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The language of the tool's output ({@code --lang id|en}) and its messages. Constants are upper
 * case; users type the lower-case tag (parsing ignores case), which {@link #toString()} and {@link
 * #tag()} give.
 */
public enum Language {
  /** Indonesian, the default. */
  ID("id", Languages.INDONESIAN),
  /** English. */
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /**
   * Returns the tag users type and reports carry: {@code id} or {@code en}.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the tag, so that the help lists the values as they are typed.
   *
   * @return the tag
   */
  @Override
  public String toString() {
    return tag;
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
    return new MessageFormat(bundle().getString(key), locale).format(arguments);
  }

  /**
   * Tells whether the tool has a message under a key.
   *
   * @param key the key in {@code id/standarpelayanan/cli/Messages}
   * @return whether it has one
   */
  public boolean has(String key) {
    return bundle().containsKey(key);
  }

  /**
   * Returns the texts of the tool's usage help in this language: picocli's resource bundle ({@code
   * id/standarpelayanan/cli/Usage}, keys as picocli names them), loaded on this module's behalf so
   * that it is found on the module path as well as on the class path.
   *
   * @return the bundle, Indonesian in the base bundle and English in {@code Usage_en}
   */
  public ResourceBundle usage() {
    return Languages.bundle("id.standarpelayanan.cli.Usage", locale, Language.class.getModule());
  }

  /**
   * Returns the language whose tag is {@code tag}, ignoring case.
   *
   * @param tag a tag as users type it, such as {@code en} or {@code EN}
   * @return the language, or empty when {@code tag} is neither {@code id} nor {@code en}
   */
  public static Optional<Language> ofTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  private ResourceBundle bundle() {
    return Languages.bundle("id.standarpelayanan.cli.Messages", locale, Language.class.getModule());
  }
}
