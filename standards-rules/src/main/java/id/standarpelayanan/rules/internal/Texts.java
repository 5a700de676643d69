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

  private Texts() {}

  /**
   * Tells whether a text is a placeholder.
   *
   * @param text the text
   * @return whether it is not blank and stands in for content not written yet
   */
  public static boolean isPlaceholder(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    if (trimmed.chars().allMatch(c -> "-–—.…?*/_".indexOf(c) >= 0 || Character.isWhitespace(c))) {
      return true;
    }
    String word = trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    return PLACEHOLDER_WORDS.contains(word);
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
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
