package id.standarpelayanan.model.internal.text;

/**
 * Makes text taken from a document safe to print in a terminal, a log or a report line: control
 * characters, line and paragraph separators, bidirectional overrides and lone surrogates become
 * visible escapes, a backslash, {@code u} and four hexadecimal digits (tab, line feed and carriage
 * return {@code \t}, {@code \n}, {@code \r}), and text longer than a bound is shortened with {@code
 * …}, so that no document can forge a line of output or send escape sequences. One linear pass.
 */
public final class Printable {

  /** How many characters of a document's text a message shows by default. */
  public static final int DEFAULT_LENGTH = 120;

  private Printable() {}

  /**
   * Returns text escaped and shortened to {@link #DEFAULT_LENGTH} characters.
   *
   * @param text the text, may be {@code null} (printed as {@code null})
   * @return printable text
   */
  public static String of(String text) {
    return of(text, DEFAULT_LENGTH);
  }

  /**
   * Returns text escaped and shortened to at most {@code max} characters of the original (the
   * escapes themselves may make the result longer), a pair of surrogates never cut in two.
   *
   * @param text the text, may be {@code null} (printed as {@code null})
   * @param max the most characters of the original kept, at least 1
   * @return printable text
   */
  public static String of(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    if (text == null) {
      return "null";
    }
    int end = text.length();
    boolean shortened = false;
    if (end > max) {
      end = max;
      if (Character.isHighSurrogate(text.charAt(end - 1))
          && Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
      shortened = true;
    }
    if (!shortened && isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (isUnsafe(c)) {
        out.append("\\u").append(hex(c));
      } else {
        out.append(c);
      }
    }
    if (shortened) {
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Tells whether text prints as it is: no character that {@link #of(String, int)} escapes.
   *
   * @param text the text
   * @return whether it is plain
   */
  public static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (c == '\n' || c == '\r' || c == '\t' || isUnsafe(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a UTF-16 code unit is one that {@link #of(String, int)} escapes (other than tab,
   * line feed and carriage return, which it writes as {@code \t}, {@code \n}, {@code \r}):
   * controls, separators, bidirectional marks and overrides, the byte order mark, U+FFFE, U+FFFF
   * and surrogates (a pair is not unsafe; one half alone is). For writers with their own escapes,
   * such as a JSON generator.
   *
   * @param c the code unit
   * @return whether it is escaped
   */
  public static boolean isUnsafe(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || c == 0xFEFF
        || c == 0xFFFE
        || c == 0xFFFF
        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  private static String hex(char c) {
    String digits = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(digits.length()) + digits;
  }
}
