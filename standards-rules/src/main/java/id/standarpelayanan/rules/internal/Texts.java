package id.standarpelayanan.rules.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges free text: blank, placeholder, meaningful. Not API.
 *
 * <p>A placeholder is what people type while a part is not known yet: text made only of dashes,
 * dots, question marks, asterisks, slashes or underscores ("-", "--", "...", "?"), or, ignoring case
 * and surrounding punctuation, one of "TBD", "TBA", "n/a", "NA", "menyusul", "akan menyusul",
 * "belum ada", "belum ditentukan", "to be determined", "to be announced", "lorem ipsum", "xxx".
 */
public final class Texts {

  private static final Set<String> PLACEHOLDER_WORDS = Set.of(
      "tbd", "tba", "n/a", "na", "menyusul", "akan menyusul", "belum ada", "belum ditentukan",
      "to be determined", "to be announced", "lorem ipsum", "xxx");

  /** No placeholder word is longer; longer text is never a placeholder (a cheap first test). */
  private static final int LONGEST_PLACEHOLDER = 24;

  /** Characters that alone make a placeholder ("-", "…", "???"). */
  private static final String FILLERS = "-–—.…?*/_";

  /** ASCII punctuation, as {@code \\p{Punct}}, trimmed from both ends before the word lookup. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private Texts() {}

  /**
   * Tells whether a text is a placeholder.
   *
   * @param text the text
   * @return whether it is not blank and stands in for content not written yet
   */
  public static boolean isPlaceholder(String text) {
    // Plain loops rather than regular expressions or streams: every text of every standard passes
    // here, and almost none is a placeholder.
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    if (onlyFillers(trimmed)) {
      return true;
    }
    if (trimmed.length() > LONGEST_PLACEHOLDER) {
      return false;
    }
    int start = 0;
    int end = trimmed.length();
    while (start < end && edge(trimmed.charAt(start))) {
      start++;
    }
    while (end > start && edge(trimmed.charAt(end - 1))) {
      end--;
    }
    return PLACEHOLDER_WORDS.contains(collapse(trimmed.substring(start, end)).toLowerCase(Locale.ROOT));
  }

  private static boolean onlyFillers(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (FILLERS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean edge(char c) {
    return Character.isWhitespace(c) || (c < 128 && PUNCTUATION.indexOf(c) >= 0);
  }

  /** Collapses runs of whitespace into one space. */
  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }

  /**
   * Tells whether a text says something: not blank and not a placeholder.
   *
   * @param text the text
   * @return whether it is meaningful
   */
  public static boolean meaningful(String text) {
    return !text.isBlank() && !isPlaceholder(text);
  }

  /**
   * Tells whether an optional text is present and meaningful.
   *
   * @param text the text
   * @return whether it is present and meaningful
   */
  public static boolean meaningful(Optional<String> text) {
    return text.filter(Texts::meaningful).isPresent();
  }

  /**
   * Tells whether any of several texts is meaningful.
   *
   * @param texts the texts
   * @return whether one is meaningful
   */
  public static boolean anyMeaningful(Collection<String> texts) {
    return texts.stream().anyMatch(Texts::meaningful);
  }

  /**
   * Normalises a name for comparison: trimmed, inner whitespace collapsed, lower case.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalized(String text) {
    return collapse(text.strip()).toLowerCase(Locale.ROOT);
  }
}
