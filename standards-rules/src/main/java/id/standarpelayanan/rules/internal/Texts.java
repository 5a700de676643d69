package id.standarpelayanan.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges free text: blank, placeholder, meaningful.
 *
 * <p>A placeholder is what people type while a part is not known yet: text made only of dashes,
 * dots, question marks, asterisks, slashes or underscores ("-", "--", "...", "?"), or, ignoring
 * case and surrounding punctuation, one of "TBD", "TBA", "n/a", "NA", "menyusul", "akan menyusul",
 * "belum ada", "belum ditentukan", "to be determined", "to be announced", "lorem ipsum", "xxx".
 */
public final class Texts {

  // A list, not a set: it is iterated for every short text, and SetN's iterator is slow.
  private static final List<String> PLACEHOLDER_WORDS =
      List.of(
          "tbd",
          "tba",
          "n/a",
          "na",
          "menyusul",
          "akan menyusul",
          "belum ada",
          "belum ditentukan",
          "to be determined",
          "to be announced",
          "lorem ipsum",
          "xxx");

  /** The first letters of the placeholder words: a cheap test that rules out most short texts. */
  private static final String PLACEHOLDER_INITIALS =
      PLACEHOLDER_WORDS.stream()
          .map(word -> word.substring(0, 1))
          .distinct()
          .reduce("", String::concat);

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
    // Plain loops over index ranges rather than regular expressions, streams or substrings: every
    // text of every standard passes here, and almost none is a placeholder.
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return false;
    }
    if (onlyFillers(text, start, end)) {
      return true;
    }
    if (end - start > LONGEST_PLACEHOLDER) {
      return false;
    }
    while (start < end && edge(text.charAt(start))) {
      start++;
    }
    while (end > start && edge(text.charAt(end - 1))) {
      end--;
    }
    if (start == end
        || (text.charAt(start) < 128
            && PLACEHOLDER_INITIALS.indexOf(lowerAscii(text.charAt(start))) < 0)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 128) {
        // Lower-casing beyond ASCII can change lengths (U+0130): take the general path.
        return PLACEHOLDER_WORDS.contains(
            collapse(text.substring(start, end), false).toLowerCase(Locale.ROOT));
      }
    }
    for (String word : PLACEHOLDER_WORDS) {
      if (equalsCollapsedAscii(text, start, end, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an ASCII range, with whitespace runs collapsed to one space and letters in lower
   * case, equals a word, without building the collapsed text.
   */
  private static boolean equalsCollapsedAscii(String text, int start, int end, String word) {
    int w = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (space) {
          continue;
        }
        space = true;
        c = ' ';
      } else {
        space = false;
        c = lowerAscii(c);
      }
      if (w >= word.length() || word.charAt(w) != c) {
        return false;
      }
      w++;
    }
    return w == word.length();
  }

  private static boolean onlyFillers(String text, int start, int end) {
    for (int i = start; i < end; i++) {
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

  /** Collapses runs of whitespace into one space, and lower-cases ASCII letters if asked. */
  private static String collapse(String text, boolean lowerAscii) {
    // A char array rather than a StringBuilder: no capacity or coder check per character.
    char[] out = new char[text.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          out[n++] = ' ';
        }
        space = true;
      } else {
        out[n++] = lowerAscii ? lowerAscii(c) : c;
        space = false;
      }
    }
    return new String(out, 0, n);
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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
    String stripped = text.strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) >= 128) {
        return collapse(stripped, false).toLowerCase(Locale.ROOT);
      }
    }
    return collapse(stripped, true);
  }

  /**
   * Splits a text into its words: maximal runs of letters and digits, in lower case, in order. One
   * pass over the text.
   *
   * @param text the text
   * @return the words
   */
  public static List<String> words(String text) {
    // Lower the whole text once (the same string when it already is), then cut it into words.
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean inWord = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(lower.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** Numbers written out, as Indonesian documents write them beside or instead of digits. */
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "satu",
          "dua",
          "tiga",
          "empat",
          "lima",
          "enam",
          "tujuh",
          "delapan",
          "sembilan",
          "sepuluh",
          "sebelas",
          "belas",
          "puluh",
          "seratus",
          "sehari",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "ten");

  /**
   * Tells whether a word (from {@link #words}) is a number: digits, or a number written out
   * ("lima", "empat belas").
   *
   * @param word the word
   * @return whether it is a number
   */
  public static boolean number(String word) {
    return NUMBER_WORDS.contains(word)
        || (!word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9'));
  }

  /** Units of time, as documents write them after a number. */
  private static final Set<String> TIME_UNITS =
      Set.of(
          "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "minutes", "hours", "days",
          "weeks", "months");

  /**
   * Tells whether words state a span of time: a number followed by a unit ("5 hari kerja", "3 x 24
   * jam", "paling lama tujuh hari").
   *
   * @param words the words (from {@link #words})
   * @param from the index to look from
   * @return whether a span follows {@code from}
   */
  public static boolean statesDuration(List<String> words, int from) {
    for (int i = Math.max(0, from); i + 1 < words.size(); i++) {
      if (number(words.get(i)) && TIME_UNITS.contains(words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Below this length a needle is searched for by {@link String#contains}, whose worst case is then
   * linear enough.
   */
  private static final int SHORT_NEEDLE = 64;

  /**
   * Tells whether a text contains another, in time linear in their lengths whatever they hold:
   * {@link String#contains} compares again from every position, so that a long near miss ("aaa…ab"
   * in "aaa…a") costs the product of the lengths; a long needle is searched for with the
   * Knuth–Morris–Pratt table instead.
   *
   * @param text the text searched
   * @param part the text looked for
   * @return whether {@code part} occurs in {@code text}
   */
  public static boolean contains(String text, String part) {
    if (part.length() <= SHORT_NEEDLE || part.length() > text.length()) {
      return part.length() <= text.length() && text.contains(part);
    }
    int[] fallback = new int[part.length()];
    for (int i = 1, k = 0; i < part.length(); i++) {
      while (k > 0 && part.charAt(i) != part.charAt(k)) {
        k = fallback[k - 1];
      }
      if (part.charAt(i) == part.charAt(k)) {
        k++;
      }
      fallback[i] = k;
    }
    for (int i = 0, k = 0; i < text.length(); i++) {
      while (k > 0 && text.charAt(i) != part.charAt(k)) {
        k = fallback[k - 1];
      }
      if (text.charAt(i) == part.charAt(k)) {
        k++;
      }
      if (k == part.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a text contains any of some lower-case words as a part, ignoring case: a cheap
   * test before a text is cut into {@link #words}.
   *
   * @param text the text
   * @param parts the parts, lower case
   * @return whether one occurs
   */
  public static boolean containsAny(String text, Collection<String> parts) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String part : parts) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
