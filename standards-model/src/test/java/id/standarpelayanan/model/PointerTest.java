package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pointer reads and writes the examples of RFC 6901, section 5, and refuses what is malformed.
 */
class PointerTest {

  @Test
  void readsTheExamplesOfRfc6901() {
    assertThat(Pointer.parse("").tokens()).isEmpty();
    assertThat(Pointer.parse("/foo").tokens()).containsExactly("foo");
    assertThat(Pointer.parse("/foo/0").tokens()).containsExactly("foo", "0");
    assertThat(Pointer.parse("/").tokens()).containsExactly("");
    assertThat(Pointer.parse("/a~1b").tokens()).containsExactly("a/b");
    assertThat(Pointer.parse("/c%d").tokens()).containsExactly("c%d");
    assertThat(Pointer.parse("/e^f").tokens()).containsExactly("e^f");
    assertThat(Pointer.parse("/g|h").tokens()).containsExactly("g|h");
    assertThat(Pointer.parse("/i\\j").tokens()).containsExactly("i\\j");
    assertThat(Pointer.parse("/k\"l").tokens()).containsExactly("k\"l");
    assertThat(Pointer.parse("/ ").tokens()).containsExactly(" ");
    assertThat(Pointer.parse("/m~0n").tokens()).containsExactly("m~n");
  }

  @Test
  void writesTheExamplesOfRfc6901() {
    assertThat(Pointer.root()).hasToString("");
    assertThat(Pointer.root().child("foo").index(0)).hasToString("/foo/0");
    assertThat(Pointer.root().child("")).hasToString("/");
    assertThat(Pointer.root().child("a/b")).hasToString("/a~1b");
    assertThat(Pointer.root().child("m~n")).hasToString("/m~0n");
    assertThat(Pointer.root().child(" ")).hasToString("/ ");
  }

  @Test
  void unescapesTildeOneAfterTildeZeroSoThatTildeZeroOneStaysATildeAndAOne() {
    assertThat(Pointer.parse("/~01").tokens()).containsExactly("~1");
    assertThat(Pointer.root().child("~1")).hasToString("/~01");
    assertThat(Pointer.parse("/~10").tokens()).containsExactly("/0");
  }

  @Test
  void keepsEmptyTokensBetweenAndAfterSlashes() {
    assertThat(Pointer.parse("//a//").tokens()).containsExactly("", "a", "", "");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "foo|must be empty or start with '/'|0",
        "/a~|'~' must be followed by '0'|2",
        "/a~2b|'~' must be followed by '0'|2",
        "/ok/~x|'~' must be followed by '0'|4"
      })
  void refusesMalformedPointersNamingThePositionOfTheFault(
      String input, String reason, int position) {
    assertThatThrownBy(() -> Pointer.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an RFC 6901 JSON Pointer")
        .hasMessageContaining("\"" + input + "\"")
        .hasMessageContaining("at index " + position)
        .hasMessageContaining(reason);
  }

  @Test
  void escapesControlCharactersOfMalformedInputInTheMessage() {
    assertThatThrownBy(() -> Pointer.parse("x\u001b[2J"))
        .hasMessageNotContaining("\u001b")
        .hasMessageContaining("\\u001B");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void refusesNegativeIndexes(int index) {
    assertThatThrownBy(() -> Pointer.root().child("steps").index(index))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(index));
  }

  @Test
  void anIndexIsItsDecimalToken() {
    assertThat(Pointer.root().child("standards").index(12))
        .isEqualTo(Pointer.parse("/standards/12"));
  }

  @Test
  void aRecordIndexBeyondIntIsItsDecimalToken() {
    assertThat(Pointer.root().index(3_000_000_000L)).hasToString("/3000000000");
  }

  @ParameterizedTest
  @CsvSource({
    "0, true",
    "7, true",
    "12, true",
    "3000000000, true",
    "01, false",
    "00, false",
    "-1, false",
    "1a, false",
    "'', false",
    "١, false",
    "１, false"
  })
  void anIndexTokenIsZeroOrAsciiDigitsWithoutALeadingZero(String token, boolean index) {
    assertThat(Pointer.isIndex(token)).isEqualTo(index);
  }

  @Test
  void theRootHasNoParent() {
    assertThat(Pointer.root().isRoot()).isTrue();
    assertThat(Pointer.parse("/a").parent().isRoot()).isTrue();
    assertThatThrownBy(() -> Pointer.root().parent()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parentDropsTheLastTokenEvenWhenItHoldsAnEscapedSlash() {
    assertThat(Pointer.parse("/fee/a~1b").parent())
        .isEqualTo(Pointer.parse("/fee"))
        .hasToString("/fee");
  }

  @Test
  void startsWithComparesWholeTokens() {
    Pointer fee = Pointer.parse("/standards/1/fee");

    assertThat(fee.startsWith(Pointer.root())).isTrue();
    assertThat(fee.startsWith(Pointer.parse("/standards/1"))).isTrue();
    assertThat(fee.startsWith(fee)).isTrue();
    assertThat(fee.startsWith(Pointer.parse("/standards/10"))).isFalse();
    assertThat(fee.startsWith(Pointer.parse("/standards/1/f"))).isFalse();
    assertThat(Pointer.parse("/a~1b").startsWith(Pointer.parse("/a"))).isFalse();
    assertThat(Pointer.root().startsWith(fee)).isFalse();
  }

  @Test
  void appendPlacesARelativePointerUnderAnother() {
    Pointer standard = Pointer.root().child("standards").index(2);

    assertThat(standard.append(Pointer.parse("/fee/items/0")))
        .isEqualTo(Pointer.parse("/standards/2/fee/items/0"));
    assertThat(standard.append(Pointer.root())).isSameAs(standard);
    assertThat(Pointer.root().append(standard)).isSameAs(standard);
  }

  @Test
  void tokensCannotBeChanged() {
    List<String> tokens = Pointer.parse("/a/b").tokens();

    assertThatThrownBy(() -> tokens.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Pointer.parse("/a/b").token(1)).isEqualTo("b");
    assertThat(Pointer.parse("/a/b").size()).isEqualTo(2);
  }

  @Test
  void equalPointersHaveEqualHashCodes() {
    assertThat(Pointer.root().child("a").index(0))
        .isEqualTo(Pointer.parse("/a/0"))
        .hasSameHashCodeAs(Pointer.parse("/a/0"))
        .isNotEqualTo(Pointer.parse("/a"))
        .isNotEqualTo("/a/0");
  }
}
