package id.standarpelayanan.model;

import id.standarpelayanan.model.internal.text.Printable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An RFC 6901 JSON Pointer (penunjuk lokasi): the place of a value in a document as the JSON codec
 * writes it, such as {@code /standards/2/requirements/0/description}. It is the one location
 * language of the library: constraint violations, rule findings, read errors and changes between
 * versions all say where they are with a pointer, and format it as a string only at the edges.
 *
 * <p>A pointer is a list of reference tokens (property names, map keys and list indexes, all
 * strings). {@link #toString()} is the RFC 6901 form, each token after a {@code /}, with {@code ~}
 * written {@code ~0} and {@code /} written {@code ~1}; {@link #parse(String)} reads that form back.
 * Escaping is done here and nowhere else.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li><b>Immutable:</b> no method changes a pointer; {@link #child(String)}, {@link #index(int)},
 *       {@link #append(Pointer)} and {@link #parent()} return new pointers.
 *   <li><b>Thread-safe:</b> a pointer may be shared between threads without synchronization.
 *   <li><b>No nulls:</b> no token is {@code null}, every method rejects a {@code null} argument
 *       with a {@link NullPointerException} naming the parameter, and none returns {@code null}.
 *   <li><b>Value semantics:</b> two pointers are {@link #equals equal} when their tokens are equal,
 *       in order; equal pointers have equal string forms, and {@code parse(p.toString())} equals
 *       {@code p} for every pointer {@code p}.
 *   <li><b>Cheap:</b> a pointer is its string form: {@link #child(String)}, {@link #index(int)},
 *       {@link #append(Pointer)}, {@link #parent()} and {@link #parse(String)} each make one
 *       pointer and at most one string, and parsing is one pass without regular expressions. The
 *       tokens are unescaped only when first asked for ({@link #tokens()}, {@link #token(int)},
 *       {@link #size()}), and kept.
 * </ul>
 *
 * <p>Indexes are tokens like any other ({@code index(2)} is the token {@code "2"}), as RFC 6901 has
 * it: whether a token names a list element depends on the document, not on the pointer.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class Pointer {

  private static final String[] NO_TOKENS = new String[0];
  private static final Pointer ROOT = new Pointer("");

  /** The RFC 6901 form, which is the whole value: equality and hashing are the string's. */
  private final String text;

  /**
   * The tokens, unescaped, made on first use. Racy single-check: two threads may each split the
   * string once, to equal results; the holder's final field publishes the array safely.
   */
  private Tokens tokens;

  /** Holds the split tokens behind a final field, so that they are safely published. */
  private static final class Tokens {
    final String[] values;

    Tokens(String[] values) {
      this.values = values;
    }
  }

  private Pointer(String text) {
    this.text = text;
  }

  /**
   * Returns the pointer to the whole document, with no tokens, written {@code ""}.
   *
   * @return the root pointer
   */
  public static Pointer root() {
    return ROOT;
  }

  /**
   * Reads a pointer from its RFC 6901 form: {@code ""} for the whole document, otherwise a {@code
   * /} before each token, with {@code ~0} for {@code ~} and {@code ~1} for {@code /} inside a
   * token. {@code "/"} is the pointer with one empty token.
   *
   * @param pointer the RFC 6901 string
   * @return the pointer
   * @throws NullPointerException if {@code pointer} is null
   * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /},
   *     or has a {@code ~} not followed by {@code 0} or {@code 1}; the message shows the input and
   *     the position of the fault
   */
  public static Pointer parse(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    int length = pointer.length();
    if (length == 0) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw malformed(pointer, 0, "it must be empty or start with '/'");
    }
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 2)) {
      char next = i + 1 < length ? pointer.charAt(i + 1) : '/';
      if (next != '0' && next != '1') {
        throw malformed(pointer, i, "'~' must be followed by '0' (for '~') or '1' (for '/')");
      }
    }
    return new Pointer(pointer);
  }

  /**
   * Returns the pointer to a property or map entry of the value this pointer points to.
   *
   * @param token the property name or map key, unescaped; may be empty or contain {@code ~} and
   *     {@code /}
   * @return this pointer followed by {@code token}
   * @throws NullPointerException if {@code token} is null
   */
  public Pointer child(String token) {
    Objects.requireNonNull(token, "token");
    return new Pointer(text + '/' + escape(token));
  }

  /**
   * Returns the pointer to an element of the list this pointer points to.
   *
   * @param index the 0-based index (a {@code long}, so that the records of a stream of any length
   *     have one)
   * @return this pointer followed by the decimal form of {@code index}
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public Pointer index(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("a list index must not be negative: " + index);
    }
    return new Pointer(text + '/' + index);
  }

  /**
   * Returns this pointer followed by the tokens of another, e.g. a pointer relative to a standard
   * placed under the standard's own pointer in a catalogue ({@code /standards/2} and {@code /fee}
   * give {@code /standards/2/fee}).
   *
   * @param suffix the pointer relative to the value this pointer points to
   * @return the combined pointer; this pointer if {@code suffix} is the root, {@code suffix} if
   *     this is the root
   * @throws NullPointerException if {@code suffix} is null
   */
  public Pointer append(Pointer suffix) {
    Objects.requireNonNull(suffix, "suffix");
    if (suffix.text.isEmpty()) {
      return this;
    }
    if (text.isEmpty()) {
      return suffix;
    }
    return new Pointer(text + suffix.text);
  }

  /**
   * Returns the pointer to the value that holds the value this pointer points to: this pointer
   * without its last token.
   *
   * @return the parent pointer
   * @throws IllegalStateException if this is the root, which has no parent
   */
  public Pointer parent() {
    if (text.isEmpty()) {
      throw new IllegalStateException("the root pointer has no parent");
    }
    // The last '/' is the last separator: a '/' inside a token is written ~1.
    int last = text.lastIndexOf('/');
    return last == 0 ? ROOT : new Pointer(text.substring(0, last));
  }

  /**
   * Returns whether this is the pointer to the whole document.
   *
   * @return whether there are no tokens
   */
  public boolean isRoot() {
    return text.isEmpty();
  }

  /**
   * Returns whether this pointer is {@code prefix} or lies below it, token by token: {@code
   * /standards/1/fee} starts with {@code /standards/1} and with the root, but not with {@code
   * /standards/10} nor {@code /standards/1/f}.
   *
   * @param prefix the pointer that may hold this one
   * @return whether the tokens of {@code prefix} are the first tokens of this pointer
   * @throws NullPointerException if {@code prefix} is null
   */
  public boolean startsWith(Pointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    // A '/' in the string form is always a separator (a '/' in a token is written ~1), so a
    // prefix of the string that ends at a separator is a prefix of the tokens.
    int n = prefix.text.length();
    return text.startsWith(prefix.text) && (text.length() == n || text.charAt(n) == '/');
  }

  /**
   * Returns whether a token is a list index as RFC 6901 writes one: {@code 0} or ASCII digits
   * without a leading zero ({@code 01} and {@code -1} are property names).
   *
   * @param token an unescaped token
   * @return whether it is a list index
   * @throws NullPointerException if {@code token} is null
   */
  public static boolean isIndex(String token) {
    int length = Objects.requireNonNull(token, "token").length();
    if (length == 0 || (length > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the tokens, unescaped, from the document's root down.
   *
   * @return an unmodifiable list, empty for the root
   */
  public List<String> tokens() {
    return Collections.unmodifiableList(Arrays.asList(values()));
  }

  /**
   * Returns the number of tokens, that is how deep in the document this pointer points.
   *
   * @return the number of tokens, 0 for the root
   */
  public int size() {
    return values().length;
  }

  /**
   * Returns one token.
   *
   * @param position the 0-based position of the token, from the root
   * @return the token, unescaped
   * @throws IndexOutOfBoundsException if {@code position} is negative or not less than {@link
   *     #size()}
   */
  public String token(int position) {
    String[] values = values();
    Objects.checkIndex(position, values.length);
    return values[position];
  }

  /**
   * Returns whether another object is a pointer with the same tokens.
   *
   * @param other the object to compare with
   * @return whether it is an equal pointer
   */
  @Override
  public boolean equals(Object other) {
    // Escaping is one-to-one, so equal string forms mean equal tokens.
    return this == other || other instanceof Pointer that && text.equals(that.text);
  }

  /**
   * Returns a hash code consistent with {@link #equals}: that of the string form.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the RFC 6901 form: {@code ""} for the root, otherwise {@code /} before each token, with
   * {@code ~} written {@code ~0} and {@code /} written {@code ~1}.
   *
   * @return the pointer as a string, which {@link #parse(String)} reads back to an equal pointer
   */
  @Override
  public String toString() {
    return text;
  }

  private String[] values() {
    Tokens split = tokens;
    if (split == null) {
      split = new Tokens(split(text));
      tokens = split;
    }
    return split.values;
  }

  /** Splits a well-formed pointer into its unescaped tokens. */
  private static String[] split(String text) {
    if (text.isEmpty()) {
      return NO_TOKENS;
    }
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '/') {
        count++;
      }
    }
    String[] values = new String[count];
    int start = 1;
    for (int token = 0; token < count; token++) {
      int end = text.indexOf('/', start);
      if (end < 0) {
        end = text.length();
      }
      values[token] = unescape(text, start, end);
      start = end + 1;
    }
    return values;
  }

  /** The one place where RFC 6901 escaping is written: {@code ~} first, so a {@code ~1} stays. */
  private static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    StringBuilder escaped = new StringBuilder(token.length() + 4);
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        escaped.append("~0");
      } else if (c == '/') {
        escaped.append("~1");
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Unescapes one token of a well-formed pointer (parse has checked every '~'). */
  private static String unescape(String text, int start, int end) {
    int tilde = text.indexOf('~', start);
    if (tilde < 0 || tilde >= end) {
      return text.substring(start, end);
    }
    StringBuilder token = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '~') {
        token.append(text.charAt(++i) == '0' ? '~' : '/');
      } else {
        token.append(c);
      }
    }
    return token.toString();
  }

  private static IllegalArgumentException malformed(String pointer, int position, String reason) {
    return new IllegalArgumentException(
        "not an RFC 6901 JSON Pointer: \""
            + Printable.of(pointer)
            + "\" at index "
            + position
            + ": "
            + reason);
  }
}
