package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of {@link Pointer}: its string form reads back, child and parent undo each other,
 * escaping is one-to-one.
 */
class PointerProperties {

  @Property
  void parsingTheStringFormGivesAnEqualPointer(@ForAll("tokenLists") List<String> tokens) {
    Pointer pointer = of(tokens);

    Pointer read = Pointer.parse(pointer.toString());

    assertThat(read).isEqualTo(pointer).hasSameHashCodeAs(pointer);
    assertThat(read.tokens()).isEqualTo(tokens);
  }

  @Property
  void parentUndoesChild(
      @ForAll("tokenLists") List<String> tokens, @ForAll("tokens") String token) {
    Pointer pointer = of(tokens);

    assertThat(pointer.child(token).parent()).isEqualTo(pointer).hasToString(pointer.toString());
    assertThat(pointer.child(token).startsWith(pointer)).isTrue();
  }

  @Property
  void childUndoesParent(@ForAll("nonEmptyTokenLists") List<String> tokens) {
    Pointer pointer = of(tokens);

    assertThat(pointer.parent().child(tokens.get(tokens.size() - 1))).isEqualTo(pointer);
    assertThat(pointer.parent()).isEqualTo(of(tokens.subList(0, tokens.size() - 1)));
  }

  @Property
  void escapingLeavesNoSlashInsideATokenAndNoBareTilde(@ForAll("tokens") String token) {
    String written = Pointer.root().child(token).toString();

    assertThat(written).startsWith("/");
    assertThat(written.substring(1)).doesNotContain("/").doesNotContainPattern("~[^01]|~$");
    assertThat(written.substring(1).replace("~1", "/").replace("~0", "~")).isEqualTo(token);
  }

  @Property
  void differentTokensGiveDifferentStrings(
      @ForAll("tokenLists") List<String> a, @ForAll("tokenLists") List<String> b) {
    assertThat(of(a).toString().equals(of(b).toString())).isEqualTo(a.equals(b));
    assertThat(of(a).equals(of(b))).isEqualTo(a.equals(b));
  }

  @Property
  void appendIsChildTokenByToken(
      @ForAll("tokenLists") List<String> a, @ForAll("tokenLists") List<String> b) {
    Pointer appended = of(a).append(of(b));

    assertThat(appended.tokens()).containsExactlyElementsOf(concat(a, b));
    assertThat(appended).hasToString(of(a).toString() + of(b));
    assertThat(appended.startsWith(of(a))).isTrue();
  }

  @Property
  void indexIsTheDecimalToken(
      @ForAll("tokenLists") List<String> tokens,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0) int index) {
    assertThat(of(tokens).index(index)).isEqualTo(of(tokens).child(Integer.toString(index)));
  }

  @Provide
  Arbitrary<String> tokens() {
    // '~' and '/' often, next to '0' and '1' (the escapes' digits), empty tokens and non-ASCII
    // text.
    Arbitrary<String> special =
        Arbitraries.strings().withChars('~', '/', '0', '1', 'a').ofMaxLength(6);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(8);
    return Arbitraries.oneOf(
        special,
        unicode,
        Arbitraries.of("", "~", "/", "~0", "~1", "persyaratan", "biaya ①", "\uD83D\uDE00"));
  }

  @Provide
  Arbitrary<List<String>> tokenLists() {
    return tokens().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<String>> nonEmptyTokenLists() {
    return tokens().list().ofMinSize(1).ofMaxSize(5);
  }

  private static Pointer of(List<String> tokens) {
    Pointer pointer = Pointer.root();
    for (String token : tokens) {
      pointer = pointer.child(token);
    }
    return pointer;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
