package id.standarpelayanan.publish.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The publication module's labels in one language ({@code id/standarpelayanan/publish/Messages}),
 * and the cleaning of document text before it reaches a template.
 *
 * @param locale the language, {@link Languages#INDONESIAN} or {@link Locale#ENGLISH}
 * @param bundle its bundle
 */
public record Texts(Locale locale, ResourceBundle bundle) {

  /**
   * Returns the labels in the library's language for {@code locale}.
   *
   * @param locale the locale
   * @return the labels
   */
  public static Texts of(Locale locale) {
    Locale language = Languages.supported(locale);
    return new Texts(
        language,
        Languages.bundle(
            "id.standarpelayanan.publish.Messages", language, Texts.class.getModule()));
  }

  /**
   * Formats a message; its arguments are document text or numbers already written as text.
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

  /**
   * The labels the templates see as {@code {{t.key}}}: every key without a dot, sorted.
   *
   * @return the labels
   */
  public Map<String, String> templateLabels() {
    Map<String, String> labels = new TreeMap<>();
    for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
      String key = keys.nextElement();
      if (key.indexOf('.') < 0) {
        labels.put(key, bundle.getString(key));
      }
    }
    return Collections.unmodifiableMap(labels);
  }

  /**
   * Document text made safe for HTML and XML character data before it is escaped: every code point
   * HTML forbids or that could disguise the text (C0 and C1 controls other than tab and line feed,
   * noncharacters, lone surrogates, line and paragraph separators, bidirectional overrides and
   * isolates) becomes a visible escape, a backslash, {@code u} and four hexadecimal digits. Markup
   * characters stay; the template engine (or the SVG writer) escapes them.
   *
   * @param text the text
   * @return the cleaned text
   */
  public static String clean(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1));
      int codePoint = pair ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
      boolean unsafe = !pair && Character.isSurrogate(c) || unsafe(codePoint);
      if (unsafe && out == null) {
        out = new StringBuilder(length + 16).append(text, 0, i);
      }
      if (unsafe) {
        out.append(String.format(Locale.ROOT, "\\u%04x", codePoint));
      } else if (out != null) {
        out.appendCodePoint(codePoint);
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(int c) {
    if (c == '\t' || c == '\n') {
      return false;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
