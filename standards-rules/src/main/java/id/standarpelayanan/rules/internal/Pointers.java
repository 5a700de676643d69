package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Pointer;
import java.util.Comparator;

/** Builds and orders the rules' RFC 6901 JSON Pointers, through {@link Pointer}. */
public final class Pointers {

  /**
   * Orders pointers token by token, numeric tokens (list indexes) by value, so that {@code
   * /steps/2} comes before {@code /steps/10}, and a pointer before the pointers below it.
   */
  public static final Comparator<Pointer> ORDER = Pointers::compare;

  private Pointers() {}

  /**
   * Makes a pointer from tokens: an {@link Integer} is a list index, anything else a property name
   * or map key (its {@code String.valueOf}), escaped by {@link Pointer}.
   *
   * @param tokens property names and list indexes
   * @return the pointer, the root for no tokens
   */
  public static Pointer of(Object... tokens) {
    Pointer pointer = Pointer.root();
    for (Object token : tokens) {
      pointer =
          token instanceof Integer index
              ? pointer.index(index)
              : pointer.child(String.valueOf(token));
    }
    return pointer;
  }

  private static int compare(Pointer a, Pointer b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int c = compareToken(a.token(i), b.token(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareToken(String a, String b) {
    boolean numberA = Pointer.isIndex(a);
    boolean numberB = Pointer.isIndex(b);
    if (numberA && numberB) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return numberA != numberB ? (numberA ? -1 : 1) : a.compareTo(b);
  }
}
