package id.standarpelayanan.rules.internal;

import java.util.Comparator;

/** Builds and compares RFC 6901 JSON Pointers. */
public final class Pointers {

  /**
   * Orders pointers token by token, numeric tokens (list indexes) by value, so that {@code
   * /steps/2} comes before {@code /steps/10}, and a pointer before the pointers below it.
   */
  public static final Comparator<String> ORDER = Pointers::compare;

  private Pointers() {}

  /**
   * Makes a pointer from tokens, escaping {@code ~} and {@code /}.
   *
   * @param tokens property names and list indexes
   * @return the pointer, {@code ""} for no tokens
   */
  public static String of(Object... tokens) {
    StringBuilder pointer = new StringBuilder(48);
    for (Object token : tokens) {
      pointer.append('/');
      if (token instanceof Integer index) {
        pointer.append(index.intValue());
      } else {
        pointer.append(String.valueOf(token).replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  private static int compare(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareToken(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareToken(String a, String b) {
    boolean numberA = isIndex(a);
    boolean numberB = isIndex(b);
    if (numberA && numberB) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return numberA != numberB ? (numberA ? -1 : 1) : a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit) && (token.length() == 1 || token.charAt(0) != '0');
  }
}
